/**
 * The encoder–decoder pair the lab's attention race trained, handed to level 3's
 * sequence-to-sequence view by "Open in the explainer". Features never import each other, so the
 * hand-over lives here: the lab writes, the explainer reads. The pair is kept on this device in
 * IndexedDB, so a reload brings it back (what the reader trained is not lost).
 */
import { useSyncExternalStore } from 'react';
import type { RacePair } from '../../train/seq2seq/attentionRace';

export interface LabRacePair {
  pair: RacePair | null;
  /** Counts "Open in the explainer" presses this page: the view switches to the pair when it grows (a restore does not). */
  opened: number;
}

const KEY = 'rnn-explainer:attention-race-pair';
// Loaded only once a race's pair is opened or restored: not part of the first screen.
const store = () => import('idb-keyval');
const available = () => typeof indexedDB !== 'undefined';

let state: LabRacePair = { pair: null, opened: 0 };
const listeners = new Set<() => void>();
let restoring = false;
// The presses a view has acted on: a view that mounts later, or again, does not act twice.
let taken = 0;

function publish(next: LabRacePair): void {
  state = next;
  for (const l of listeners) l();
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

function restore(): void {
  if (restoring || !available()) return;
  restoring = true;
  void store()
    .then((idb) => idb.get<unknown>(KEY))
    .then((saved) => {
      if (state.pair === null && isPair(saved)) publish({ ...state, pair: saved });
    })
    .catch(() => {});
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  restore();
  return () => listeners.delete(listener);
}

export function openLabRacePair(pair: RacePair): void {
  publish({ pair, opened: state.opened + 1 });
  if (available())
    void store()
      .then((idb) => idb.set(KEY, pair))
      .catch(() => {});
}

/** The pair, once per "Open in the explainer" press (null when there is no new press to act on). */
export function takeOpenedPair(): RacePair | null {
  if (state.opened === taken) return null;
  taken = state.opened;
  return state.pair;
}

export function useLabRacePair(): LabRacePair {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}
