/**
 * How long a race will take, said before Train. The cost of an update grows with batch × length ×
 * (blocks × H × (inputs + H)) per runner; the scale comes from one race measured end to end in
 * Chromium on a 2-core machine, so the page can say what the number is based on. Once training
 * runs, the lab measures the time left on the reader's own machine instead.
 */
import { raceCells } from './race';
import type { RaceSettings } from './settings';
import { DEFAULT_RACE, seedsOf } from './settings';
import { taskById } from './tasks';
import { busiestShare, runnerWork } from './racePool';

/**
 * The measured race: temporal order, T = 50, 3 seeds, 2,000 updates, the defaults otherwise, on one
 * worker (`npm run bench:pool`: 242 s; on two workers 145 s, 1.67×, so two cores finish about 20%
 * later than a perfect split, which this estimate assumes).
 */
export const REFERENCE_RACE = {
  settings: { task: 'temporal_order', T: 50, seedCount: 3, maxUpdates: 2000 } as const,
  ms: 242_000,
  machine: 'Chromium on a 2-core machine',
};

function work(s: RaceSettings): number {
  const task = taskById(s.task);
  const L = task.seqLen(s.T);
  const perUpdate = raceCells(s).reduce((sum, cell) => sum + runnerWork(cell, s), 0);
  return s.maxUpdates * seedsOf(s).length * s.batch * L * perUpdate;
}

/**
 * Estimated milliseconds for the whole race at the reference machine's speed, on `workers` cores:
 * the race ends with its busiest worker (racePool.ts), so its share of the work is what counts.
 */
export function estimateRaceMs(s: RaceSettings, workers = 1): number {
  return (REFERENCE_RACE.ms * work(s) * busiestShare(s, workers)) / work({ ...DEFAULT_RACE, ...REFERENCE_RACE.settings });
}
