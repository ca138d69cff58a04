/**
 * How long a race will take, said before Train. The cost of an update grows with batch × length ×
 * (blocks × H × (inputs + H)) per runner; the scale comes from one race measured end to end in
 * Chromium on a 2-core machine, so the page can say what the number is based on. Once training
 * runs, the lab measures the time left on the reader's own machine instead.
 */
import { raceCells } from './race';
import type { Precision, RaceSettings } from './settings';
import { DEFAULT_RACE, seedsOf } from './settings';
import { taskById } from './tasks';
import { busiestShare, runnerWork } from './racePool';

/**
 * The measured race: temporal order, T = 50, 3 seeds, 2,000 updates, the defaults otherwise, on one
 * worker, in each arithmetic (`npm run bench:pool`, `-- --precision f64` for the 64-bit one; the
 * bench/results/lab-pool.md's row of 2026-12-05, after the held-out evaluation moved to the race's arithmetic). Two
 * workers finish it somewhat later than a perfect split, which this estimate assumes.
 */
export const REFERENCE_RACE = {
  settings: { task: 'temporal_order', T: 50, seedCount: 3, maxUpdates: 2000 } as const,
  ms: { f32: 59_900, f64: 209_000 } satisfies Record<Precision, number>,
  machine: 'Chromium on a 2-core machine',
};

/** The reference race's time in the arithmetic these settings train in (none: float64, as before it was a choice). */
export const referenceMs = (s: RaceSettings): number => REFERENCE_RACE.ms[s.precision ?? 'f64'];

function work(s: RaceSettings): number {
  const task = taskById(s.task);
  const L = task.seqLen(s.T);
  const perUpdate = raceCells(s).reduce((sum, cell) => sum + runnerWork(cell, s), 0);
  return s.maxUpdates * seedsOf(s).length * s.batch * L * perUpdate;
}

/**
 * Estimated milliseconds for the whole race at the reference machine's speed, on `workers` cores
 * (the cost per unit of work taken as equal at every size, though the 32-bit kernels gain more
 * over 64-bit at larger H: a 32-bit estimate above the default size errs long):
 * the race ends with its busiest worker (racePool.ts), so its share of the work is what counts.
 */
export function estimateRaceMs(s: RaceSettings, workers = 1): number {
  return (
    (referenceMs(s) * work(s) * busiestShare(s, workers)) /
    work({ ...DEFAULT_RACE, ...REFERENCE_RACE.settings })
  );
}
