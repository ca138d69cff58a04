/**
 * An encoder–decoder for symbol sequences (the models behind level 3's sequence-to-sequence view):
 * a one-layer encoder reads the source, a decoder of the same cell starts from the encoder's last
 * state and writes the target one symbol per step, reading the previous symbol (teacher forcing:
 * the true one; greedy decoding: its own last guess). With attention, every output step also reads
 * a context: the encoder states averaged by softmaxed scores —
 *  - dot (Luong, Pham & Manning 2015, "dot" score): score_i = s_t · h_i with the decoder's new
 *    state s_t, the context used only by the output, as in their global attention;
 *  - additive (Bahdanau, Cho & Bengio 2014): score_i = v · tanh(W s_{t−1} + U h_i) with the state
 *    before the step, the context fed into the decoder's cell beside the previous symbol.
 * The output is a linear readout of [s_t; context] (of s_t alone without attention) — simpler than
 * Luong's tanh layer and Bahdanau's maxout, the same for every variant so only attention differs.
 * Parameters are flat tensors under PyTorch-style names, in a fixed order (optimizer, clipping).
 */
import { gateCount, recurrentBlocks } from '../../engine/cells/vocabulary';
import type { CellKind } from '../../engine/types';
import type { PyTorchWeights } from '../../engine/model';
import { drawTensors, tensorsFromPyTorch, tensorsToPyTorch } from '../model';
import type { ParamTensor } from '../model';
import type { LayerParams } from './recurrent';

export type AttentionKind = 'none' | 'dot' | 'additive';
export const ATTENTION_KINDS: readonly AttentionKind[] = ['none', 'dot', 'additive'];

export interface Seq2SeqSpec {
  cell: CellKind;
  /** Symbols 0..vocab−1; the decoder's start symbol is `vocab`. */
  vocab: number;
  hidden: number;
  attention: AttentionKind;
}

export interface Seq2SeqNet {
  spec: Seq2SeqSpec;
  params: ParamTensor[];
}

/** The decoder's input width: the previous symbol one-hot (with the start symbol), and Bahdanau's context. */
export const decoderInputSize = (s: Seq2SeqSpec): number =>
  s.vocab + 1 + (s.attention === 'additive' ? s.hidden : 0);
/** The readout's input: s_t, and the context with attention. */
export const readoutSize = (s: Seq2SeqSpec): number => (s.attention === 'none' ? s.hidden : 2 * s.hidden);

export function seq2seqLayout(s: Seq2SeqSpec): Omit<ParamTensor, 'data'>[] {
  const H = s.hidden;
  const GH = gateCount(s.cell) * H;
  const GHh = recurrentBlocks(s.cell) * H;
  const layer = (name: string, inSize: number): Omit<ParamTensor, 'data'>[] => [
    { name: `${name}.weight_ih_l0`, rows: GH, cols: inSize, matrix: true },
    { name: `${name}.weight_hh_l0`, rows: GHh, cols: H, matrix: true },
    { name: `${name}.bias_ih_l0`, rows: GH, cols: 1, matrix: false },
    { name: `${name}.bias_hh_l0`, rows: GHh, cols: 1, matrix: false },
  ];
  const additive: Omit<ParamTensor, 'data'>[] =
    s.attention === 'additive'
      ? [
          { name: 'attention.W', rows: H, cols: H, matrix: true },
          { name: 'attention.U', rows: H, cols: H, matrix: true },
          { name: 'attention.v', rows: H, cols: 1, matrix: false },
        ]
      : [];
  return [
    ...layer('encoder', s.vocab),
    ...layer('decoder', decoderInputSize(s)),
    ...additive,
    { name: 'out.weight', rows: s.vocab, cols: readoutSize(s), matrix: true },
    { name: 'out.bias', rows: s.vocab, cols: 1, matrix: false },
  ];
}

/** PyTorch's default draw for every tensor, U(−1/√H, 1/√H). */
export function initSeq2Seq(spec: Seq2SeqSpec, seed: number): Seq2SeqNet {
  return { spec, params: drawTensors(seq2seqLayout(spec), spec.hidden, seed) };
}

export interface Seq2SeqParts {
  encoder: LayerParams;
  decoder: LayerParams;
  attW: Float64Array | null;
  attU: Float64Array | null;
  attV: Float64Array | null;
  outW: Float64Array;
  outB: Float64Array;
}

/** The named tensors of a parameter list (the net's, or a gradient list in the same order). */
export function partsOf(spec: Seq2SeqSpec, arrays: Float64Array[]): Seq2SeqParts {
  const a = spec.attention === 'additive';
  const layer = (i: number): LayerParams => ({
    wIh: arrays[i],
    wHh: arrays[i + 1],
    bIh: arrays[i + 2],
    bHh: arrays[i + 3],
  });
  return {
    encoder: layer(0),
    decoder: layer(4),
    attW: a ? arrays[8] : null,
    attU: a ? arrays[9] : null,
    attV: a ? arrays[10] : null,
    outW: arrays[a ? 11 : 8],
    outB: arrays[a ? 12 : 9],
  };
}

/** Weights in the training fixtures' schema (names → nested lists). */
export const seq2seqToPyTorch = (net: Seq2SeqNet): PyTorchWeights => tensorsToPyTorch(net.params);

export const seq2seqFromPyTorch = (spec: Seq2SeqSpec, weights: Record<string, unknown>): Seq2SeqNet => ({
  spec,
  params: tensorsFromPyTorch(seq2seqLayout(spec), weights),
});
