/**
 * The Run the views show, for the current configuration. Computing a run depends on everything but
 * the cell (all three cells are always computed, for the comparisons), so switching cell only picks
 * another trace. In the browser the computation runs in a Web Worker and the page keeps the
 * previous run on screen, marked as pending, until the new one arrives — no configuration change
 * blocks the main thread. Where no Worker exists (jsdom in unit tests) it runs in place, at once.
 */
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import * as Comlink from 'comlink';
import { safeComputeRun } from './run';
import type { Run } from './run';
import type { AppConfig, CellFamily } from './config';
import type { TrainedBundle } from '../lab/labSession';
import type { RunEngineApi } from './runEngine.worker';

export interface RunResult {
  run: Run;
  /** True while a newer configuration is being computed (the run shown is the previous one). */
  pending: boolean;
}

/** The configuration with the cell left out: what a run's numbers depend on. */
function useEngineConfig(config: AppConfig): AppConfig {
  const { input, hidden, weightScale, forgetBias, seed, nonlinearity } = config;
  return useMemo(
    () => ({ cell: 'vanilla', input, hidden, weightScale, forgetBias, seed, nonlinearity }),
    [input, hidden, weightScale, forgetBias, seed, nonlinearity],
  );
}

/** The run computed for another cell, shown for this one (traces for all three are in it). */
function forCell(base: Run, cell: CellFamily): Run {
  return { ...base, config: { ...base.config, cell }, trace: base.traces[cell] };
}

function useRunInPlace(config: AppConfig, cell: CellFamily, trained: TrainedBundle | null): RunResult {
  const engineConfig = useEngineConfig(config);
  const base = useMemo(() => safeComputeRun(engineConfig, trained), [engineConfig, trained]);
  const run = useMemo(() => forCell(base, cell), [base, cell]);
  return { run, pending: false };
}

let engine: Comlink.Remote<RunEngineApi> | null = null;
function engineWorker(): Comlink.Remote<RunEngineApi> {
  engine ??= Comlink.wrap<RunEngineApi>(new Worker(new URL('./runEngine.worker.ts', import.meta.url), { type: 'module', name: 'engine' }));
  return engine;
}

interface Shown {
  engineConfig: AppConfig;
  trained: TrainedBundle | null;
  base: Run;
}

function useRunInWorker(config: AppConfig, cell: CellFamily, trained: TrainedBundle | null): RunResult {
  const engineConfig = useEngineConfig(config);
  // The first run is computed in place: the page needs something to show on its first paint.
  const [shown, setShown] = useState<Shown>(() => ({ engineConfig, trained, base: safeComputeRun(engineConfig, trained) }));
  const latest = useRef(0);
  const upToDate = shown.engineConfig === engineConfig && shown.trained === trained;
  useEffect(() => {
    if (upToDate) return;
    const id = ++latest.current;
    const settle = (base: Run) => {
      // Only the newest request may land: a slider dragged over ten notches shows the last one.
      // A transition: React renders the new run in short slices instead of one long task.
      if (id === latest.current) startTransition(() => setShown({ engineConfig, trained, base }));
    };
    engineWorker()
      .compute(engineConfig, trained)
      .then(settle, () => settle(safeComputeRun(engineConfig, trained)));
  }, [engineConfig, trained, upToDate]);
  const run = useMemo(() => forCell(shown.base, cell), [shown.base, cell]);
  return { run, pending: !upToDate };
}

/** `cell` is the cell to show (App passes a deferred copy of config.cell); config supplies the rest. */
export const useRun: (config: AppConfig, cell: CellFamily, trained: TrainedBundle | null) => RunResult =
  typeof Worker === 'undefined' ? useRunInPlace : useRunInWorker;
