/**
 * The attention race's state and its worker: a fresh race whenever the settings change, Train,
 * Pause and open the trained pair in the explainer. The same pattern as useLab (one worker shared by racing effects, ended on unmount).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { offThread } from '../../compute/offThread';
import type { OffThread } from '../../compute/offThread';
import type { AttentionRaceReport, AttentionRaceSettings } from '../../train/seq2seq/attentionRace';
import type { AttentionRaceApi } from './attentionRaceApi';
import { openLabRacePair } from '../../ui/shared/labRacePair';

const start = () =>
  offThread<AttentionRaceApi>(
    () => new Worker(new URL('./attentionRace.worker.ts', import.meta.url), { type: 'module', name: 'attention-race' }),
    async () => (await import('./attentionRaceApi')).attentionRaceApi(),
  );

export function useAttentionRace(settings: AttentionRaceSettings) {
  const starting = useRef<Promise<OffThread<AttentionRaceApi>> | null>(null);
  const [report, setReport] = useState<AttentionRaceReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { length, updates, seeds } = settings;

  useEffect(() => {
    let alive = true;
    (async () => {
      const t = await (starting.current ??= start());
      const r = await t.api.reset({ length, updates, seeds });
      if (!alive) return;
      setReport(r);
      setRunning(false);
    })().catch((e: unknown) => alive && setError(`The trainer could not start: ${(e as Error).message}`));
    return () => {
      alive = false;
    };
  }, [length, updates, seeds]);

  useEffect(
    () => () => {
      void starting.current?.then((t) => t.dispose());
      starting.current = null;
    },
    [],
  );

  const train = useCallback(async () => {
    const t = await starting.current;
    if (!t) return;
    setRunning(true);
    try {
      await t.api.run(t.callback((r: AttentionRaceReport) => setReport(r)));
    } finally {
      setRunning(false);
    }
  }, []);

  const pause = useCallback(async () => {
    const t = await starting.current;
    if (t) setReport(await t.api.pause());
  }, []);

  /** Hands run 1's pair to level 3 (and keeps it on this device); false when there is no race yet. */
  const openPair = useCallback(async () => {
    const t = await starting.current;
    if (!t) return false;
    openLabRacePair(await t.api.pair());
    return true;
  }, []);

  return { report, running, error, train, pause, openPair };
}
