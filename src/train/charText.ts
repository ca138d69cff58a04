/**
 * Character-level text for the neuron observatory's models: a fixed vocabulary (newline and the 95
 * printable ASCII characters), one-hot batches of random windows for training, and bits per
 * character over a long text read in one pass. Pure: no DOM, deterministic.
 */
import type { SeededRandom } from '../engine/random';
import { forwardNet } from './network';
import { logSumExp } from '../engine/head';
import type { Net } from './model';
import { exp as expD, log as logD } from './detMath';
import type { Batch } from './step';

/** Newline, then ' ' … '~'. Anything else is read as '?' (and said so by the page). */
export const CHAR_VOCAB: string =
  '\n' + Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
export const V = CHAR_VOCAB.length;
const UNKNOWN = CHAR_VOCAB.indexOf('?');

export function charIds(text: string): Int32Array {
  const ids = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    ids[i] = c === 10 ? 0 : c >= 32 && c <= 126 ? c - 31 : UNKNOWN;
  }
  return ids;
}

/** Text as the models read it: tabs as two spaces, CR dropped, other characters outside the vocabulary as '?'. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r/g, '')
    .replace(/\t/g, '  ')
    .replace(/[^\n\x20-\x7e]/g, '?');
}

/** B random windows of T characters, each predicting the next character at every step. */
export function charBatch(ids: Int32Array, rng: SeededRandom, B: number, T: number): Batch {
  const x = new Float64Array(B * T * V);
  const y = new Int32Array(B * T);
  for (let b = 0; b < B; b++) {
    const s = Math.min(ids.length - T - 2, Math.floor(rng.uniform(0, ids.length - T - 1)));
    for (let t = 0; t < T; t++) {
      x[(b * T + t) * V + ids[s + t]] = 1;
      // Targets are batch-first, like the inputs (the loss maps its time-major rows to them).
      y[b * T + t] = ids[s + t + 1];
    }
  }
  return { input: { B, T, x }, targets: { kind: 'cross_entropy', y } };
}

/**
 * Bits per character of predicting each next character of `text`, read in one pass from a zero
 * state (with the training core's deterministic arithmetic, so the number is the same everywhere).
 */
export function bitsPerChar(net: Net, text: string): number {
  const ids = charIds(text);
  const T = ids.length - 1;
  const x = new Float64Array(T * V);
  for (let t = 0; t < T; t++) x[t * V + ids[t]] = 1;
  const trace = forwardNet(net, { B: 1, T, x }, 'all');
  let nats = 0;
  for (let t = 0; t < T; t++) {
    nats += logSumExp(trace.logits, t * V, V, expD, logD) - trace.logits[t * V + ids[t + 1]];
  }
  return nats / T / Math.LN2;
}
