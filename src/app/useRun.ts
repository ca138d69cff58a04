/**
 * The Run the views show, for the current configuration. Computing a run depends on everything but
 * the cell (every cell is always computed, for the comparisons), so switching cell only picks
 * another trace. In the browser the computation runs in a Web Worker — the first run too, so the
 * page's first task is short and the engine is not in the first screen's JavaScript — and the page
 * keeps the previous run on screen, marked as pending, until the new one arrives.
 * `cell` is the cell to show (App passes a deferred copy of config.cell); config supplies the rest.
 * Unit tests (jsdom, no Worker) and the offline copy use useRunInPlace.ts instead (vite.config.ts's
 * standIns), which computes at once.
 */
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { inPlace, offThread } from '../compute/offThread';
import type { OffThread } from '../compute/offThread';
import type { DeepRun, Run } from '../compute/run';
import type { RunApi } from '../compute/runApi';
import type { DeepFor } from '../ui/deepRunContext';
import { whenIdleAfterLoad } from '../ui/shared/idle';
import type { AppConfig, CellFamily } from '../state/config';
import type { TrainedBundle } from '../state/trainedBundle';
import { forCell, useEngineConfig } from './runConfig';
import { shippedBundle } from './useTrainedWords';
import type { RunResult } from './runConfig';

export type { RunResult };

let engine: Promise<OffThread<RunApi>> | null = null;
const local = async () => (await import('../compute/runApi')).runApi;

/** In the worker; should the worker fail, in this thread (the engine loaded on demand). */
async function compute<R>(call: (api: OffThread<RunApi>['api']) => Promise<R>): Promise<R> {
  try {
    engine ??= offThread<RunApi>(
      () => new Worker(new URL('./runEngine.worker.ts', import.meta.url), { type: 'module', name: 'engine' }),
      local,
    );
    return await call((await engine).api);
  } catch {
    engine = null;
    return call(inPlace(await local()));
  }
}

const computeOffThread = (config: AppConfig, trained: TrainedBundle | null): Promise<Run> =>
  compute((api) => api.compute(config, trained));

/**
 * One run of a configuration, off the main thread (the teacher's guide and the class view compute
 * their answers so); `shipped`: with the shipped trained models on its sentence.
 */
export const runOffThread = async (config: AppConfig, shipped = false): Promise<Run> =>
  computeOffThread(config, shipped ? await shippedBundle(config.input.text) : null);

/** Levels 2–3's quantities of a run already shown. */
const deepOffThread = (config: AppConfig, trained: TrainedBundle | null): Promise<DeepRun> =>
  compute((api) => api.deep(config, trained));

interface Shown {
  engineConfig: AppConfig;
  trained: TrainedBundle | null;
  base: Run;
}

export function useRun(
  config: AppConfig,
  cell: CellFamily,
  trained: TrainedBundle | null,
  wantDeep = false,
): RunResult {
  const engineConfig = useEngineConfig(config);
  const [shown, setShown] = useState<Shown | null>(null);
  const latest = useRef(0);
  const upToDate = shown !== null && shown.engineConfig === engineConfig && shown.trained === trained;
  useEffect(() => {
    if (upToDate) return;
    const id = ++latest.current;
    void computeOffThread(engineConfig, trained).then((base) => {
      // Only the newest request may land: a slider dragged over ten notches shows the last one.
      // A transition: React renders the new run in short slices instead of one long task.
      if (id === latest.current) startTransition(() => setShown({ engineConfig, trained, base }));
    });
  }, [engineConfig, trained, upToDate]);
  const run = useMemo(() => (shown ? forCell(shown.base, cell) : null), [shown, cell]);

  // Levels 2–3: asked for the run on screen once it has landed, and only while a deep level is open.
  const [deep, setDeep] = useState<DeepFor | null>(null);
  const base = shown?.base ?? null;
  const haveDeep = deep !== null && base !== null && deep.traces === base.traces;
  useEffect(() => {
    if (!wantDeep || !shown || haveDeep) return;
    let live = true;
    // Not before the page is idle: computed at once, it ran beside the first screen's render and
    // layout on a 2-core machine and slowed both (the levels' figures build after load anyway).
    const cancel = whenIdleAfterLoad(() => {
      void deepOffThread(shown.engineConfig, shown.trained).then((parts) => {
        if (live) startTransition(() => setDeep({ traces: shown.base.traces, deep: parts }));
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [wantDeep, shown, haveDeep]);
  return { run, pending: !upToDate, deep: haveDeep ? deep : null };
}
