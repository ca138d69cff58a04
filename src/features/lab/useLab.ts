/**
 * The lab's state and its trainer: a fresh race whenever the settings change, and the controls'
 * actions (train, pause, one update, reset, open the trained models). The trainer runs off the
 * main thread (labClient.ts).
 */
import { useEffect, useRef, useState } from 'react';
import type { RaceSettings } from '../../train/settings';
import type { TrainedBundle } from '../../state/trainedBundle';
import { createLabClient } from './labClient';
import type { LabClient } from './labClient';
import type { LabReport } from './labSession';

export function useLab(settings: RaceSettings, onOpenTrained: (bundle: TrainedBundle) => void) {
  // The trainer, once started; `starting` so that two effects racing to start it share one worker.
  const client = useRef<LabClient | null>(null);
  const starting = useRef<Promise<LabClient> | null>(null);
  const [report, setReport] = useState<LabReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // How many cores the trainer uses at once (1 until it has started).
  const [workers, setWorkers] = useState(1);
  // Gate histograms ride along only every fifth report: the last ones received stay on screen.
  const [gates, setGates] = useState<LabReport['gates']>([]);

  // A fresh race whenever the settings change (or on first show); the previous run is cancelled.
  useEffect(() => {
    let alive = true;
    (async () => {
      const c = await (starting.current ??= createLabClient());
      client.current = c;
      setWorkers(c.workers);
      const r = await c.reset(settings);
      if (!alive) return;
      setGates(r.gates);
      setReport(r);
      setRunning(false);
      setError(null);
    })().catch((e: unknown) => alive && setError(`The trainer could not start: ${(e as Error).message}`));
    return () => {
      alive = false;
    };
  }, [settings]);

  // On unmount the worker ends; a remount (React's StrictMode does one) starts a new one.
  useEffect(
    () => () => {
      void starting.current?.then((c) => c.dispose());
      starting.current = null;
      client.current = null;
    },
    [],
  );

  const onReport = (r: LabReport) => {
    if (r.gates.length) setGates(r.gates);
    setReport(r);
  };
  /** A control's action: a failure is said on the page, and training stops, rather than lost. */
  const act = (f: (c: LabClient) => Promise<void>) => async () => {
    const c = client.current;
    if (!c) return;
    try {
      await f(c);
    } catch (e) {
      setError(`The trainer stopped: ${(e as Error).message}`);
      setRunning(false);
    }
  };

  const train = act(async (c) => {
    setRunning(true);
    onReport(await c.run(onReport));
    setRunning(false);
  });
  const pause = act(async (c) => {
    onReport(await c.pause());
    setRunning(false);
  });
  const stepOnce = act(async (c) => onReport(await c.stepOnce()));
  const reset = act(async (c) => {
    const r = await c.reset(settings);
    setGates(r.gates);
    setReport(r);
    setRunning(false);
  });
  const openTrained = act(async (c) => onOpenTrained(await c.trained()));
  return { report, running, error, gates, workers, train, pause, stepOnce, reset, openTrained };
}
