/**
 * A tagger: one recurrent layer read forwards — and, bidirectional, a second one read backwards
 * (PyTorch's bidirectional=True: the `_reverse` tensors) — with a linear head on every step's
 * state (both directions' states concatenated, as PyTorch returns them). The task it is trained on
 * needs the future: tag each symbol with whether the next one equals the previous one.
 */
import type { SeededRandom } from '../../engine/random';
import type { CellKind } from '../../engine/types';
import { argMax } from '../../engine/head';
import { gateCount, recurrentBlocks } from '../../engine/cells/vocabulary';
import { addWeightGradient, gemmBt, transpose } from '../kernels';
import { computeLoss } from '../losses';
import { drawTensors, tensorsFromPyTorch, tensorsToPyTorch } from '../model';
import type { ParamTensor } from '../model';
import type { PyTorchWeights } from '../../engine/model';
import { backLayer, emptyTrace, runLayer } from './recurrent';
import type { LayerParams, RecTrace } from './recurrent';

export interface TaggerSpec {
  cell: CellKind;
  vocab: number;
  /** Per direction. */
  hidden: number;
  bidirectional: boolean;
}

export interface TaggerNet {
  spec: TaggerSpec;
  params: ParamTensor[];
}

/** Two tags: 1 when the symbol occurs elsewhere in the sequence. */
export const TAGS = 2;

export function taggerLayout(s: TaggerSpec): Omit<ParamTensor, 'data'>[] {
  const GH = gateCount(s.cell) * s.hidden;
  const GHh = recurrentBlocks(s.cell) * s.hidden;
  const layer = (suffix: string): Omit<ParamTensor, 'data'>[] => [
    { name: `rnn.weight_ih_l0${suffix}`, rows: GH, cols: s.vocab, matrix: true },
    { name: `rnn.weight_hh_l0${suffix}`, rows: GHh, cols: s.hidden, matrix: true },
    { name: `rnn.bias_ih_l0${suffix}`, rows: GH, cols: 1, matrix: false },
    { name: `rnn.bias_hh_l0${suffix}`, rows: GHh, cols: 1, matrix: false },
  ];
  const dirs = s.bidirectional ? 2 : 1;
  return [
    ...layer(''),
    ...(s.bidirectional ? layer('_reverse') : []),
    { name: 'head.weight', rows: TAGS, cols: dirs * s.hidden, matrix: true },
    { name: 'head.bias', rows: TAGS, cols: 1, matrix: false },
  ];
}

export const initTagger = (spec: TaggerSpec, seed: number): TaggerNet => ({
  spec,
  params: drawTensors(taggerLayout(spec), spec.hidden, seed),
});

const layerOf = (a: Float64Array[], i: number): LayerParams => ({
  wIh: a[i],
  wHh: a[i + 1],
  bIh: a[i + 2],
  bHh: a[i + 3],
});

export interface TaggerBatch {
  B: number;
  T: number;
  /** Symbols and tags, batch-first (b·T + t). */
  x: Int32Array;
  tags: Int32Array;
}

export interface TaggerTrace {
  fw: RecTrace;
  /** The backward direction, over the reversed sequence: its step t' reads symbol T − 1 − t'. */
  bw: RecTrace | null;
  /** Per step (time-major t·B + b): [forward h; backward h] (D·H wide), the head's input. */
  feat: Float64Array;
  logits: Float64Array;
}

export function forwardTagger(net: TaggerNet, batch: TaggerBatch): TaggerTrace {
  const { cell, vocab: V, hidden: H, bidirectional } = net.spec;
  const { B, T, x } = batch;
  const a = net.params.map((p) => p.data);
  const D = bidirectional ? 2 : 1;
  const fw = emptyTrace(cell, H, B, T, V);
  for (let b = 0; b < B; b++) for (let t = 0; t < T; t++) fw.input[(t * B + b) * V + x[b * T + t]] = 1;
  runLayer(fw, layerOf(a, 0));
  let bw: RecTrace | null = null;
  if (bidirectional) {
    bw = emptyTrace(cell, H, B, T, V);
    for (let b = 0; b < B; b++)
      for (let t = 0; t < T; t++) bw.input[((T - 1 - t) * B + b) * V + x[b * T + t]] = 1;
    runLayer(bw, layerOf(a, 4));
  }
  const feat = new Float64Array(T * B * D * H);
  for (let t = 0; t < T; t++) {
    for (let b = 0; b < B; b++) {
      const o = (t * B + b) * D * H;
      feat.set(fw.hPad.subarray(((t + 1) * B + b) * H, ((t + 1) * B + b + 1) * H), o);
      if (bw) feat.set(bw.hPad.subarray(((T - t) * B + b) * H, ((T - t) * B + b + 1) * H), o + H);
    }
  }
  const logits = new Float64Array(T * B * TAGS);
  gemmBt(logits, 0, feat, 0, T * B, D * H, a.at(-2)!, a.at(-1)!, TAGS);
  return { fw, bw, feat, logits };
}

export function taggerGradients(net: TaggerNet, batch: TaggerBatch) {
  const { hidden: H, bidirectional } = net.spec;
  const { B, T } = batch;
  const D = bidirectional ? 2 : 1;
  const tr = forwardTagger(net, batch);
  const { loss, dLogits, accuracy } = computeLoss({ B, T, on: 'all', layers: [], logits: tr.logits }, TAGS, {
    kind: 'cross_entropy',
    y: batch.tags,
  });
  const a = net.params.map((p) => p.data);
  const grads = net.params.map((p) => new Float64Array(p.data.length));
  const n = grads.length;
  addWeightGradient(grads[n - 2], grads[n - 1], dLogits, 0, T * B, TAGS, tr.feat, 0, D * H);
  const dFeat = new Float64Array(T * B * D * H);
  gemmBt(dFeat, 0, dLogits, 0, T * B, TAGS, transpose(a[n - 2], 0, TAGS, D * H), null, D * H);
  const addFrom = (t: number, half: number) => (_: number, dh: Float64Array) => {
    for (let b = 0; b < B; b++)
      for (let u = 0; u < H; u++) dh[b * H + u] += dFeat[(t * B + b) * D * H + half * H + u];
  };
  backLayer(tr.fw, layerOf(a, 0), layerOf(grads, 0), (t, dh) => addFrom(t, 0)(t, dh));
  if (tr.bw) backLayer(tr.bw, layerOf(a, 4), layerOf(grads, 4), (t, dh) => addFrom(T - 1 - t, 1)(t, dh));
  return { loss, accuracy: accuracy ?? 0, grads, trace: tr };
}

/** Tag 1 where x[t] also occurs at another position. */
export function tagsOf(x: ArrayLike<number>): Int32Array {
  const count = new Map<number, number>();
  for (let t = 0; t < x.length; t++) count.set(x[t], (count.get(x[t]) ?? 0) + 1);
  return Int32Array.from({ length: x.length }, (_, t) => (count.get(x[t])! > 1 ? 1 : 0));
}

export function sampleTagger(rng: SeededRandom, B: number, T: number, vocab: number): TaggerBatch {
  const x = new Int32Array(B * T);
  const tags = new Int32Array(B * T);
  for (let b = 0; b < B; b++) {
    const row = x.subarray(b * T, (b + 1) * T);
    for (let t = 0; t < T; t++) row[t] = Math.min(vocab - 1, Math.floor(rng.uniform(0, vocab)));
    tags.set(tagsOf(row), b * T);
  }
  return { B, T, x, tags };
}

/** The share of steps tagged right (arg-max of the head). */
export function taggerAccuracy(net: TaggerNet, batch: TaggerBatch): number {
  const { logits } = forwardTagger(net, batch);
  let right = 0;
  for (let b = 0; b < batch.B; b++)
    for (let t = 0; t < batch.T; t++)
      if (argMax(logits, (t * batch.B + b) * TAGS, TAGS) === batch.tags[b * batch.T + t]) right++;
  return right / (batch.B * batch.T);
}

export const taggerToPyTorch = (net: TaggerNet): PyTorchWeights => tensorsToPyTorch(net.params);

export const taggerFromPyTorch = (spec: TaggerSpec, weights: Record<string, unknown>): TaggerNet => ({
  spec,
  params: tensorsFromPyTorch(taggerLayout(spec), weights),
});
