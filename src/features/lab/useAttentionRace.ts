/**
 * The attention race's state and its workers: a fresh race whenever the settings change, Train,
 * Pause and open the trained pair in the explainer. The same pattern as useLab (one pool shared by
 * racing effects, ended on unmount).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttentionRaceReport, AttentionRaceSettings, RacePair } from '../../train/seq2seq/attentionRace';
import { createAttentionClient } from './attentionClient';
import type { AttentionClient } from './attentionClient';

export function useAttentionRace(settings: AttentionRaceSettings) {
  const starting = useRef<Promise<AttentionClient> | null>(null);
  const [report, setReport] = useState<AttentionRaceReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // How many cores the race uses at once (1 until it has started).
  const [workers, setWorkers] = useState(1);
  const { length, updates, seeds } = settings;

  useEffect(() => {
    let alive = true;
    (async () => {
      const c = await (starting.current ??= createAttentionClient());
      setWorkers(c.workers);
      const r = await c.reset({ length, updates, seeds });
      if (!alive) return;
      setReport(r);
      setRunning(false);
      setError(null);
    })().catch((e: unknown) => alive && setError(`The trainer could not start: ${(e as Error).message}`));
    return () => {
      alive = false;
    };
  }, [length, updates, seeds]);

  useEffect(
    () => () => {
      void starting.current?.then((c) => c.dispose());
      starting.current = null;
    },
    [],
  );

  const train = useCallback(async () => {
    const c = await starting.current;
    if (!c) return;
    setRunning(true);
    try {
      setReport(await c.run(setReport));
    } catch (e) {
      setError(`The trainer stopped: ${(e as Error).message}`);
    } finally {
      setRunning(false);
    }
  }, []);

  const pause = useCallback(async () => {
    const c = await starting.current;
    if (c) setReport(await c.pause());
  }, []);

  /** Run 1's trained pair, for level 3; null when there is no race yet. */
  const openPair = useCallback(async (): Promise<RacePair | null> => {
    const c = await starting.current;
    return c ? c.pair() : null;
  }, []);

  return { report, running, error, workers, train, pause, openPair };
}
