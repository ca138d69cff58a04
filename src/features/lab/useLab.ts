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
  const client = useRef<LabClient | null>(null);
  const [report, setReport] = useState<LabReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Gate histograms ride along only every fifth report: the last ones received stay on screen.
  const [gates, setGates] = useState<LabReport['gates']>([]);

  // A fresh race whenever the settings change (or on first show); the previous run is cancelled.
  useEffect(() => {
    let alive = true;
    (async () => {
      client.current ??= await createLabClient();
      const r = await client.current.reset(settings);
      if (!alive) return;
      setGates(r.gates);
      setReport(r);
      setRunning(false);
    })().catch((e: unknown) => alive && setError(`The trainer could not start: ${(e as Error).message}`));
    return () => {
      alive = false;
    };
  }, [settings]);

  useEffect(() => () => client.current?.dispose(), []);

  const onReport = (r: LabReport) => {
    if (r.gates.length) setGates(r.gates);
    setReport(r);
  };

  const train = async () => {
    if (!client.current) return;
    setRunning(true);
    const final = await client.current.run(onReport);
    onReport(final);
    setRunning(false);
  };
  const pause = async () => {
    if (!client.current) return;
    onReport(await client.current.pause());
    setRunning(false);
  };
  const stepOnce = async () => client.current && onReport(await client.current.stepOnce());
  const reset = async () => {
    if (!client.current) return;
    const r = await client.current.reset(settings);
    setGates(r.gates);
    setReport(r);
    setRunning(false);
  };
  const openTrained = async () => client.current && onOpenTrained(await client.current.trained());
  return { report, running, error, gates, train, pause, stepOnce, reset, openTrained };
}
