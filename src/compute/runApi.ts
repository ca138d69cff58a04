/**
 * The explorer's computation as an API: a configuration in, its Run out (and, while a deep level
 * is open, its DeepRun). The engine's worker exposes exactly this (app/runEngine.worker.ts); where
 * a worker cannot run, the page calls it in place.
 */
import { computeDeep, safeComputeRun } from './run';
import type { AppConfig } from '../state/config';
import type { TrainedBundle } from '../state/trainedBundle';

export const runApi = {
  compute: (config: AppConfig, trained: TrainedBundle | null) => safeComputeRun(config, trained),
  // Levels 2–3 (~80% of a full-size run's cost), only while one is open. The run is recomputed here
  // (its forward passes are ~25 ms at full size) rather than sent back from the page.
  deep: (config: AppConfig, trained: TrainedBundle | null) => computeDeep(safeComputeRun(config, trained)),
};

export type RunApi = typeof runApi;
