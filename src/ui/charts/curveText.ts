/** How per-step curves (memory, gradient signal) are put into words: shares, percentages, half-lives. */
import type { MemoryCurve } from '../../compute/run';
import { shareOfStep1 } from '../../compute/stepShare';

export { shareOfStep1 };

/** The half-life as a reader should read it; `null` means it never halved here. */
export function halfLifeText(c: MemoryCurve, T: number): string {
  if (c.halfLife === null) return T > 1 ? 'no decay within this sequence' : '—';
  if (c.halfLife < 0.1) return 'under a tenth of a step';
  const n = c.halfLife < 10 ? c.halfLife.toFixed(1) : Math.round(c.halfLife).toLocaleString('en');
  return `${n} step${n === '1.0' ? '' : 's'}`;
}

export const HALF_LIFE_DEFINITION =
  'Half-life: how many steps the value takes to halve at its average rate from step 1 to the last step (an early dip does not count as forgetting).';
