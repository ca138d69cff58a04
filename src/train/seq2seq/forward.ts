/** The encoder–decoder's forward pass over a batch (time-major inside, as network.ts). */
import { argMax } from '../../engine/head';
import { gemmBt } from '../kernels';
import { attend } from './attention';
import type { AttentionStep } from './attention';
import { decoderInputSize, partsOf, readoutSize } from './model';
import type { Seq2SeqNet } from './model';
import { emptyTrace, runLayer, stepForward } from './recurrent';
import type { RecTrace } from './recurrent';

/** B sequences of L symbols, batch-first (b·L + i); the target is the same length. */
export interface Seq2SeqBatch {
  B: number;
  L: number;
  src: Int32Array;
  tgt: Int32Array;
}

export interface Seq2SeqTrace {
  B: number;
  L: number;
  enc: RecTrace;
  dec: RecTrace;
  /** Attention weights, row t·B + b: output step t of sequence b over its L source steps. */
  alpha: Float64Array;
  ctx: Float64Array;
  /** Additive: U h_i, and tanh(W q + U h_i) per output step (L·B·L x H). */
  uh: Float64Array | null;
  th: Float64Array | null;
  /** The readout's inputs [s_t; context] and its outputs, time-major. */
  readIn: Float64Array;
  logits: Float64Array;
  /** Each step's arg-max symbol, batch-first. */
  outputs: Int32Array;
}

/**
 * teacher: the decoder reads the true previous symbol (training); otherwise its own previous
 * arg-max (greedy decoding, how the model is evaluated and shown).
 */
export function forwardSeq2Seq(net: Seq2SeqNet, batch: Seq2SeqBatch, teacher: boolean): Seq2SeqTrace {
  const { cell, vocab: V, hidden: H, attention } = net.spec;
  const { B, L, src, tgt } = batch;
  const P = partsOf(
    net.spec,
    net.params.map((p) => p.data),
  );
  const enc = emptyTrace(cell, H, B, L, V);
  for (let b = 0; b < B; b++) for (let i = 0; i < L; i++) enc.input[(i * B + b) * V + src[b * L + i]] = 1;
  runLayer(enc, P.encoder);
  const encStates = enc.hPad.subarray(B * H);

  const Din = decoderInputSize(net.spec);
  const R = readoutSize(net.spec);
  const dec = emptyTrace(cell, H, B, L, Din);
  // The decoder starts where the encoder ended.
  dec.hPad.set(enc.hPad.subarray(L * B * H, (L + 1) * B * H));
  if (dec.cPad && enc.cPad) dec.cPad.set(enc.cPad.subarray(L * B * H, (L + 1) * B * H));
  const alpha = new Float64Array(L * B * L);
  const ctx = new Float64Array(L * B * H);
  let uh: Float64Array | null = null;
  let th: Float64Array | null = null;
  if (attention === 'additive') {
    uh = new Float64Array(L * B * H);
    gemmBt(uh, 0, encStates, 0, L * B, H, P.attU!, null, H);
    th = new Float64Array(L * B * L * H);
  }
  const readIn = new Float64Array(L * B * R);
  const logits = new Float64Array(L * B * V);
  const outputs = new Int32Array(B * L);
  const att: AttentionStep = {
    B,
    L,
    H,
    enc: encStates,
    q: dec.hPad,
    qOff: 0,
    uh,
    w: P.attW,
    v: P.attV,
    th,
    thOff: 0,
    alpha,
    aOff: 0,
    ctx,
    cOff: 0,
  };
  for (let t = 0; t < L; t++) {
    Object.assign(att, { aOff: t * B * L, cOff: t * B * H, thOff: t * B * L * H });
    if (attention === 'additive') {
      att.qOff = t * B * H; // s_{t−1}
      attend(att);
    }
    for (let b = 0; b < B; b++) {
      const row = (t * B + b) * Din;
      const prev = t === 0 ? V : teacher ? tgt[b * L + t - 1] : outputs[b * L + t - 1];
      dec.input[row + prev] = 1;
      if (attention === 'additive')
        dec.input.set(ctx.subarray((t * B + b) * H, (t * B + b + 1) * H), row + V + 1);
    }
    stepForward(dec, P.decoder, t);
    if (attention === 'dot') {
      att.qOff = (t + 1) * B * H; // s_t
      attend(att);
    }
    for (let b = 0; b < B; b++) {
      const row = (t * B + b) * R;
      readIn.set(dec.hPad.subarray((t + 1) * B * H + b * H, (t + 1) * B * H + (b + 1) * H), row);
      if (attention !== 'none') readIn.set(ctx.subarray((t * B + b) * H, (t * B + b + 1) * H), row + H);
    }
    gemmBt(logits, t * B * V, readIn, t * B * R, B, R, P.outW, P.outB, V);
    for (let b = 0; b < B; b++) outputs[b * L + t] = argMax(logits, (t * B + b) * V, V);
  }
  return { B, L, enc, dec, alpha, ctx, uh, th, readIn, logits, outputs };
}
