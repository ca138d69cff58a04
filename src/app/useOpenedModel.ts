/**
 * What the reader trained and opened in the explainer — the lab's recurrent models (`trained`) and
 * the attention race's encoder–decoder pair (`labPair`) — reaches the explainer one way: through the
 * app's state. This hook keeps both on this device in IndexedDB, so a reload brings them back
 * instead of silently showing random weights. A link opened on another device cannot carry them (a
 * race's weights are tens of kilobytes); there the page says so and shows random weights, and the
 * Share dialog offers the model as a file instead.
 */
import { useEffect, useState } from 'react';
import type { Dispatch } from 'react';
import type { Action, AppState } from '../state/appState';
import type { TrainedBundle } from '../state/trainedBundle';
import type { RacePair } from '../train/seq2seq/attentionRace';
import { t } from '../i18n/t';

const MODEL_KEY = 'rnn-explainer:opened-model';
const PAIR_KEY = 'rnn-explainer:attention-race-pair';
const available = () => typeof indexedDB !== 'undefined';
// Loaded only on a page that opens or restores a model: not part of the first screen.
const store = () => import('idb-keyval');

function keep(key: string, value: unknown): void {
  if (available())
    void store()
      .then((idb) => idb.set(key, value))
      .catch(() => {});
}

/** What this device kept under `key`, or undefined (no IndexedDB, nothing kept, or a failure). */
const recall = (key: string): Promise<unknown> =>
  (available() ? store().then((idb) => idb.get<unknown>(key)) : Promise.resolve(undefined)).catch(
    () => undefined,
  );

export const notOnThisDevice = (): string => t('notice.notOnDevice');

/** What IndexedDB gave back looks like a bundle the run can open (anything else counts as missing). */
function isBundle(b: unknown): b is TrainedBundle {
  const t = b as TrainedBundle | undefined;
  return (
    !!t &&
    Array.isArray(t.labels) &&
    Array.isArray(t.x) &&
    Array.isArray(t.models) &&
    t.models.length > 0 &&
    t.labels.length > 0
  );
}

/** What IndexedDB gave back looks like a pair (anything else counts as missing). */
function isPair(p: unknown): p is RacePair {
  const t = p as RacePair | undefined;
  return (
    !!t &&
    Number.isInteger(t.length) &&
    Number.isInteger(t.update) &&
    Array.isArray(t.source) &&
    !!t.models?.dot &&
    !!t.models?.none
  );
}

/** Keeps the opened models on the device and restores them; returns a notice when a link's model is not here. */
export function useOpenedModel(state: AppState, dispatch: Dispatch<Action>): string | null {
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    if (state.trained) keep(MODEL_KEY, state.trained);
  }, [state.trained]);
  const pair = state.labPair?.pair ?? null;
  useEffect(() => {
    if (pair) keep(PAIR_KEY, pair);
  }, [pair]);

  const wanted = state.weights === 'lab' && state.trained === null;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void recall(MODEL_KEY).then((saved) => {
      if (!live) return;
      if (isBundle(saved)) {
        dispatch({ type: 'open-trained', bundle: saved, restored: true });
        return;
      }
      setMissing(notOnThisDevice());
      dispatch({ type: 'weights', weights: 'untrained' });
    });
    return () => {
      live = false;
    };
  }, [wanted, dispatch]);

  // The pair is shown by level 3 only: restored once that level opens, not on every page load.
  const pairWanted = state.levels.includes(3) && state.labPair === null;
  useEffect(() => {
    if (!pairWanted) return;
    let live = true;
    void recall(PAIR_KEY).then((saved) => {
      if (live && isPair(saved)) dispatch({ type: 'open-pair', pair: saved, restored: true });
    });
    return () => {
      live = false;
    };
  }, [pairWanted, dispatch]);
  return missing;
}
