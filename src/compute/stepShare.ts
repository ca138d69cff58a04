/** A memory curve read as a share of where it started (its own module: the first screen needs only this). */
import type { MemoryCurve } from './run';

/**
 * A curve's value at `step` as a share of its value at step 1, where the word is read — the same
 * reference the half-life uses, so step 1 reads 100% and "half" means half of that.
 */
export function shareOfStep1(c: MemoryCurve, step: number): number {
  return c.values[0] > 0 ? c.values[step] / c.values[0] : 1;
}
