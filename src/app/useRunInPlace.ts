/**
 * useRun for unit tests (jsdom has no Worker): the same contract, computed in place and at once, so
 * a component test sees the run in the first render. vite.config.ts puts it in useRun's place under
 * Vitest, and vite.offline.config.ts in the offline single-file copy (a page opened from file://
 * cannot start a worker from a file); the site itself always uses the worker (useRun.ts).
 */
import { useMemo } from 'react';
import { computeDeep, safeComputeRun } from '../compute/run';
import type { Run } from '../compute/run';
import type { AppConfig, CellFamily } from '../state/config';
import type { TrainedBundle } from '../state/trainedBundle';
import { forCell, useEngineConfig } from './runConfig';
import { shippedBundle } from './useTrainedWords';
import type { RunResult } from './runConfig';

/** useRun.ts's runOffThread, in place. */
export const runOffThread = async (config: AppConfig, shipped = false): Promise<Run> =>
  safeComputeRun(config, shipped ? await shippedBundle(config.input.text) : null);

export function useRun(
  config: AppConfig,
  cell: CellFamily,
  trained: TrainedBundle | null,
  wantDeep = false,
): RunResult {
  const engineConfig = useEngineConfig(config);
  const base = useMemo(() => safeComputeRun(engineConfig, trained), [engineConfig, trained]);
  const run = useMemo(() => forCell(base, cell), [base, cell]);
  const deep = useMemo(
    () => (wantDeep ? { traces: base.traces, deep: computeDeep(base) } : null),
    [base, wantDeep],
  );
  return { run, pending: false, deep };
}
