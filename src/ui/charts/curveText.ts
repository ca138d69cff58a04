/** How per-step curves (memory, gradient signal) are put into words: shares, percentages, half-lives. */
import type { MemoryCurve } from '../../compute/run';
import { shareOfStep1 } from '../../compute/lessonFacts';

export { shareOfStep1 };


/** The half-life as a reader should read it; `null` means it never halved here. */
export function halfLifeText(c: MemoryCurve, T: number): string {
  if (c.halfLife !== null) return `${c.halfLife} step${c.halfLife === 1 ? '' : 's'}`;
  return T > 1 && c.values[T - 1] >= c.values[0] ? 'no decay within this sequence' : `longer than this sequence (> ${T - 1} steps)`;
}

export const HALF_LIFE_DEFINITION = 'Half-life: the steps after step 1 until the value falls to half its step-1 value or below.';

