/**
 * The observatory's text in the explorer's timeline: the character models as a TrainedBundle, so
 * the timeline, the inspector's gates and every chart step through the text one character at a
 * time. At most the first 200 characters (the explorer's longest sequence).
 */
import type { TrainedBundle } from '../../state/trainedBundle';
import type { PyTorchWeights } from '../../engine/model';
import { V, charIds } from '../../train/charText';
import { unpackHalf } from '../../train/float16';
import { gateCount } from '../../engine/cells/vocabulary';
import { CELL_NAMES } from '../../content/cells';
import type { CharAsset } from './charNet';

export const TIMELINE_CHARS = 200;

const rows = (a: Float64Array, r: number, c: number) =>
  Array.from({ length: r }, (_, i) => Array.from(a.subarray(i * c, (i + 1) * c)));

/** A character as a timeline label: newline and space made visible. */
export const charLabel = (c: string) => (c === '\n' ? '↵' : c === ' ' ? '␣' : c);

export function charBundle(assets: CharAsset[], text: string): TrainedBundle {
  const chars = text.slice(0, TIMELINE_CHARS);
  const ids = charIds(chars);
  const x = Array.from<number>({ length: ids.length * V }).fill(0);
  ids.forEach((id, t) => (x[t * V + id] = 1));
  return {
    source: 'observatory',
    title: `the observatory's character models (trained on lodash source), reading ${ids.length} characters of its text`,
    labels: Array.from(chars, charLabel),
    inputSize: V,
    x,
    models: assets.map((a) => {
      const G = gateCount(a.cell);
      const H = a.hidden;
      const weights: PyTorchWeights = {
        weight_ih_l0: rows(unpackHalf(a.weights['rnn.weight_ih_l0']), G * H, V),
        weight_hh_l0: rows(unpackHalf(a.weights['rnn.weight_hh_l0']), G * H, H),
        bias_ih_l0: Array.from(unpackHalf(a.weights['rnn.bias_ih_l0'])),
        bias_hh_l0: Array.from(unpackHalf(a.weights['rnn.bias_hh_l0'])),
      };
      return {
        cell: a.cell,
        name: CELL_NAMES[a.cell],
        spec: { cell: a.cell, inputSize: V, hiddenSize: H, numLayers: 1, bidirectional: false },
        weights,
        note: `character ${CELL_NAMES[a.cell]}, ${Number.isFinite(a.heldOut.bitsPerChar) ? a.heldOut.bitsPerChar.toFixed(2) : '—'} bits per character held out`,
      };
    }),
  };
}
