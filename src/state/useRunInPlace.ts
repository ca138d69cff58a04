/**
 * useRun for unit tests (jsdom has no Worker): the same contract, computed in place and at once, so
 * a component test sees the run in the first render. vite.config.ts puts it in useRun's place under
 * Vitest; the app itself always uses the worker (useRun.ts).
 */
import { useMemo } from 'react';
import { safeComputeRun } from './run';
import type { AppConfig, CellFamily } from './config';
import type { TrainedBundle } from '../lab/labSession';
import { forCell, useEngineConfig } from './useRun';
import type { RunResult } from './useRun';

export function useRun(config: AppConfig, cell: CellFamily, trained: TrainedBundle | null): RunResult {
  const engineConfig = useEngineConfig(config);
  const base = useMemo(() => safeComputeRun(engineConfig, trained), [engineConfig, trained]);
  const run = useMemo(() => forCell(base, cell), [base, cell]);
  return { run, pending: false };
}
