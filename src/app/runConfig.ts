/** What both ways of computing a run share (useRun.ts in a worker, useRunInPlace.ts on the spot). */
import { useMemo } from 'react';
import type { Run } from '../compute/run';
import type { DeepFor } from '../ui/deepRunContext';
import type { AppConfig, CellFamily } from '../state/config';

export interface RunResult {
  /** null only before the first run has arrived. */
  run: Run | null;
  /** True while a newer configuration is being computed (the run shown is the previous one). */
  pending: boolean;
  /** Levels 2 and 3's quantities for the run, when asked for (`wantDeep`) and ready; else null. */
  deep: DeepFor | null;
}

/** The configuration with the cell left out: what a run's numbers depend on. */
export function useEngineConfig(config: AppConfig): AppConfig {
  const { input, hidden, weightScale, forgetBias, updateBias, seed, nonlinearity } = config;
  return useMemo(
    () => ({ cell: 'vanilla', input, hidden, weightScale, forgetBias, updateBias, seed, nonlinearity }),
    [input, hidden, weightScale, forgetBias, updateBias, seed, nonlinearity],
  );
}

/** The run computed for another cell, shown for this one (traces for every cell are in it). */
export function forCell(base: Run, cell: CellFamily): Run {
  return { ...base, config: { ...base.config, cell }, trace: base.traces[cell] };
}
