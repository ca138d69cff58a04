/**
 * How long a race will take, said before Train. The cost of an update grows with batch × length ×
 * (blocks × H × (inputs + H)) per runner; the scale comes from one race measured end to end in
 * Chromium on a 2-core machine, so the page can say what the number is based on. Once training
 * runs, the lab measures the time left on the reader's own machine instead.
 */
import { gateCount, recurrentBlocks } from '../engine/cells/vocabulary';
import { raceCells } from './race';
import type { RaceSettings } from './settings';
import { DEFAULT_RACE, seedsOf } from './settings';
import { taskById } from './tasks';

/** The measured race: temporal order, T = 50, 3 seeds, 2,000 updates, the defaults otherwise (issue 20). */
export const REFERENCE_RACE = {
  settings: { task: 'temporal_order', T: 50, seedCount: 3, maxUpdates: 2000 } as const,
  ms: 366_000,
  machine: 'Chromium on a 2-core machine',
};

function work(s: RaceSettings): number {
  const task = taskById(s.task);
  const L = task.seqLen(s.T);
  const H = s.hidden;
  const perUpdate = raceCells(s).reduce((sum, cell) => sum + H * (gateCount(cell) * task.inputSize + recurrentBlocks(cell) * H), 0);
  return s.maxUpdates * seedsOf(s).length * s.batch * L * perUpdate;
}

/** Estimated milliseconds for the whole race at the reference machine's speed. */
export function estimateRaceMs(s: RaceSettings): number {
  return (REFERENCE_RACE.ms * work(s)) / work({ ...DEFAULT_RACE, ...REFERENCE_RACE.settings });
}
