/**
 * The engine off the main thread: a configuration in, its Run out. At 200 tokens × hidden 64 the
 * three cells' traces and memory curves take ~100 ms — far over a frame, so the page keeps
 * showing the previous run until this one arrives (useRun.ts).
 */
import * as Comlink from 'comlink';
import { safeComputeRun } from './run';
import type { AppConfig } from './config';
import type { TrainedBundle } from '../lab/labSession';

const api = {
  compute: (config: AppConfig, trained: TrainedBundle | null) => safeComputeRun(config, trained),
};

export type RunEngineApi = typeof api;

Comlink.expose(api);
