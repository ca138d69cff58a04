/**
 * The engine off the main thread: a configuration in, its Run out (and, while a deep level is open,
 * its DeepRun). At 200 tokens × hidden 64 the three cells' traces and memory curves take ~50 ms, the
 * deep quantities ~200 ms — far over a frame, so the page keeps
 * showing the previous run until this one arrives (useRun.ts).
 */
import * as Comlink from 'comlink';
import { computeDeep, safeComputeRun } from './run';
import type { AppConfig } from './config';
import type { TrainedBundle } from './trainedBundle';

const api = {
  compute: (config: AppConfig, trained: TrainedBundle | null) => safeComputeRun(config, trained),
  // Levels 2–3 (~80% of a full-size run's cost), only while one is open. The run is recomputed here
  // (its forward passes are ~25 ms at full size) rather than sent back from the page.
  deep: (config: AppConfig, trained: TrainedBundle | null) => computeDeep(safeComputeRun(config, trained)),
};

export type RunEngineApi = typeof api;

Comlink.expose(api);
