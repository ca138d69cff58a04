/**
 * What the reader has chosen in the observatory, as a pure reducer (tested like the app's state):
 * the model, which state to read, the text, the unit and character picked, an intervention, the
 * sampler's knobs and the span brushed. Everything shown is computed from this.
 */
import type { StateKind } from './units';
import { hasCellState } from '../../engine/cells/vocabulary';

export type Mode = 'none' | 'clamp' | 'ablate';

export interface ObsState {
  cell: 'lstm' | 'gru';
  /** h or c; the GRU has only h (see shownKind). */
  kind: StateKind;
  /** The reader's text; null: the held-out excerpt. */
  text: string | null;
  /** null: the unit that tracks some feature most strongly. */
  unit: number | null;
  /** null: the last character. */
  char: number | null;
  mode: Mode;
  clampValue: number;
  temperature: number;
  sample: string | null;
  /** The seed of the next sample: each sample draws the next one. */
  sampleSeed: number;
  span: [number, number] | null;
}

export const initialObsState: ObsState = {
  cell: 'lstm',
  kind: 'h',
  text: null,
  unit: null,
  char: null,
  mode: 'none',
  clampValue: 1,
  temperature: 0.8,
  sample: null,
  sampleSeed: 1,
  span: null,
};

export type ObsAction =
  | { type: 'cell'; cell: ObsState['cell'] }
  | { type: 'kind'; kind: StateKind }
  | { type: 'text'; text: string | null }
  | { type: 'unit'; unit: number }
  | { type: 'char'; char: number }
  | { type: 'mode'; mode: Mode }
  | { type: 'clamp'; value: number }
  | { type: 'temperature'; value: number }
  /** A sample was asked for with the current seed: the next one draws the next seed. */
  | { type: 'sampling' }
  /** A sample arrived, for the model it was asked of (dropped if the reader switched since). */
  | { type: 'sampled'; text: string; cell: ObsState['cell'] }
  | { type: 'span'; span: [number, number] | null };

const clamp = (v: number, lo: number, hi: number) =>
  Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : lo;

export function obsReducer(s: ObsState, a: ObsAction): ObsState {
  switch (a.type) {
    case 'cell':
      // A sample belongs to the model that wrote it.
      return { ...s, cell: a.cell, sample: null };
    case 'kind':
      return { ...s, kind: a.kind };
    case 'text':
      // A new text: the old character and span no longer point at the same letters.
      return { ...s, text: a.text, char: null, span: null };
    case 'unit':
      return { ...s, unit: Math.max(0, Math.round(Number.isFinite(a.unit) ? a.unit : 0)) };
    case 'char':
      return { ...s, char: Math.max(0, Math.round(Number.isFinite(a.char) ? a.char : 0)) };
    case 'mode':
      return { ...s, mode: a.mode };
    case 'clamp':
      return { ...s, clampValue: clamp(a.value, -1, 1) };
    case 'temperature':
      return { ...s, temperature: clamp(a.value, 0.1, 2) };
    case 'sampling':
      return { ...s, sampleSeed: s.sampleSeed + 1 };
    case 'sampled':
      return a.cell === s.cell ? { ...s, sample: a.text } : s;
    case 'span':
      return { ...s, span: a.span && a.span[1] > a.span[0] ? a.span : null };
  }
}

/** The GRU has no cell state: it always shows h. */
// Only a cell with a cell state (the LSTM) has a c to show.
export const shownKind = (s: ObsState): StateKind => (hasCellState(s.cell) ? s.kind : 'h');
