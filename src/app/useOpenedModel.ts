/**
 * The models opened from the lab (or the observatory), kept on this device in IndexedDB, so a reload
 * — or any link on this device that says `weights=lab` — brings them back instead of silently
 * showing random weights. A link opened on another device cannot carry them (a race's weights are
 * tens of kilobytes); there the page says so and shows random weights, and the Share dialog offers
 * the model as a file instead.
 */
import { useEffect, useState } from 'react';
import type { Dispatch } from 'react';
import type { Action, AppState } from '../state/appState';
import type { TrainedBundle } from '../state/trainedBundle';

const KEY = 'rnn-explainer:opened-model';
const available = () => typeof indexedDB !== 'undefined';
// Loaded only on a page that opens or restores a model: not part of the first screen.
const store = () => import('idb-keyval');

export const NOT_ON_THIS_DEVICE =
  'This link names a model trained in the lab, which is kept only on the device that trained it (or in a downloaded file): showing random weights instead.';

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

/** Keeps the open models on the device and restores them; returns a notice when a link's model is not here. */
export function useOpenedModel(state: AppState, dispatch: Dispatch<Action>): string | null {
  const [missing, setMissing] = useState<string | null>(null);
  useEffect(() => {
    const bundle = state.trained;
    if (bundle && available())
      void store()
        .then((idb) => idb.set(KEY, bundle))
        .catch(() => {});
  }, [state.trained]);

  const wanted = state.weights === 'lab' && state.trained === null;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void (available() ? store().then((idb) => idb.get<unknown>(KEY)) : Promise.resolve(undefined))
      .catch(() => undefined)
      .then((saved) => {
        if (!live) return;
        if (isBundle(saved)) {
          dispatch({ type: 'open-trained', bundle: saved, restored: true });
          return;
        }
        setMissing(NOT_ON_THIS_DEVICE);
        dispatch({ type: 'weights', weights: 'untrained' });
      });
    return () => {
      live = false;
    };
  }, [wanted, dispatch]);
  return missing;
}
