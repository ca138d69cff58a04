/** How per-step curves (memory, gradient signal) are put into words: shares, percentages, half-lives. */
import type { MemoryCurve } from '../../compute/run';

/**
 * A curve's value at `step` as a share of its value at step 1, where the word is read — the same
 * reference the half-life uses, so step 1 reads 100% and "half" means half of that.
 */
export function shareOfStep1(c: MemoryCurve, step: number): number {
  return c.values[0] > 0 ? c.values[step] / c.values[0] : 1;
}


/** The half-life as a reader should read it; `null` means it never halved here. */
export function halfLifeText(c: MemoryCurve, T: number): string {
  if (c.halfLife !== null) return `${c.halfLife} step${c.halfLife === 1 ? '' : 's'}`;
  return T > 1 && c.values[T - 1] >= c.values[0] ? 'no decay within this sequence' : `longer than this sequence (> ${T - 1} steps)`;
}

export const HALF_LIFE_DEFINITION = 'Half-life: the steps after step 1 until the value falls to half its step-1 value or below.';

