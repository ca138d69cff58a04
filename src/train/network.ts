/**
 * The batched forward and backward pass of a Net (recurrent stack + linear head) over a
 * mini-batch: every matrix product handles the whole batch at once (B rows), and the input
 * projections of a layer are one product over all B·T rows, so the per-step loop is only the
 * recurrent product and the gate arithmetic. Internally everything is time-major (row t·B + b);
 * batches come in and outputs go out batch-first, as PyTorch's `batch_first=True`.
 *
 * The products go through a Numerics (numerics.ts): float64 JavaScript, or the float32 SIMD fast
 * mode, whose buffers are then Float32Arrays — the same pass, the same cell kernels.
 *
 * The equations are PyTorch's (see tests/fixtures/README.md); tests/train/* check every number
 * against torch's training runs and every gradient against central differences.
 */
import { gradRefs, kernelFor, stepRefs } from '../engine/cells';
import type { FloatArray } from '../engine/cells';
import { gateCount, hasCellState, recurrentBlocks } from '../engine/cells/vocabulary';
import type { Net } from './model';
import { f64Numerics } from './numerics';
import type { Numerics } from './numerics';

export type HeadOn = 'last' | 'all';

/** A mini-batch of inputs, batch-first: x[(b·T + t)·I + i]. */
export interface BatchInput {
  B: number;
  T: number;
  x: Float64Array;
}

export interface LayerTrace<A extends FloatArray = Float64Array> {
  /** Layer input, time-major (T·B x inSize). */
  input: A;
  inSize: number;
  /** W_ih x + b_ih for every row (T·B x G·H). */
  ih: A;
  /** W_hh h_prev + b_hh for every row (T·B x G·H). */
  hh: A;
  /** Activations: RNN pre-activation; LSTM i,f,g,o; GRU r,z,n (T·B x G·H). */
  gates: A;
  /** h_1..h_T (T·B x H): a view into hPad. */
  h: A;
  /** h_0 = 0, then h_1..h_T ((T+1)·B x H): row block t is the state entering step t. */
  hPad: A;
  /** LSTM: c_1..c_T (T·B x H), a view into cPad. */
  c: A | null;
  /** LSTM: c_0 = 0, then c_1..c_T ((T+1)·B x H). */
  cPad: A | null;
  /** LSTM: tanh(c_t), kept for the backward pass (T·B x H). */
  tanhC: A | null;
}

export interface NetTrace<A extends FloatArray = Float64Array> {
  B: number;
  T: number;
  on: HeadOn;
  layers: LayerTrace<A>[];
  /** Head outputs, time-major rows: B rows (last) or T·B rows (all), each `outSize` wide. */
  logits: A;
}

export function forwardNet(net: Net, batch: BatchInput, on: HeadOn): NetTrace {
  return forwardWith(f64Numerics(net), net, batch, on);
}

export function forwardWith<A extends FloatArray>(
  nx: Numerics<A>,
  net: Net,
  batch: BatchInput,
  on: HeadOn,
): NetTrace<A> {
  const { cell, hiddenSize: H, inputSize: I, numLayers, outSize } = net.spec;
  const { B, T } = batch;
  const G = gateCount(cell);
  const GH = G * H;
  // W_hh's rows: GH, or none for a cell whose gates never read h_{t−1} (minGRU).
  const GHh = recurrentBlocks(cell) * H;
  const kernel = kernelFor(cell);
  // Batch-first -> time-major.
  let input = nx.alloc(T * B * I);
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++)
      input.set(batch.x.subarray((b * T + t) * I, (b * T + t + 1) * I), (t * B + b) * I);
  }
  const layers: LayerTrace<A>[] = [];
  for (let l = 0; l < numLayers; l++) {
    const p = 4 * l;
    const inSize = l === 0 ? I : H;
    const ih = nx.alloc(T * B * GH);
    nx.project(ih, 0, input, 0, T * B, inSize, p, p + 2, GH, false);
    const hh = nx.alloc(T * B * GH);
    const gates = nx.alloc(T * B * GH);
    const hPad = nx.alloc((T + 1) * B * H);
    const h = hPad.subarray(B * H) as A;
    // Like hPad, cPad's row block t is the cell state entering step t (c_0 = 0).
    const cPad = hasCellState(cell) ? nx.alloc((T + 1) * B * H) : null;
    const tanhC = cPad ? nx.alloc(T * B * H) : null;
    const step = stepRefs(H, nx.act);
    Object.assign(step, {
      rows: B,
      ih,
      hh,
      gates,
      hPrev: hPad,
      cPrev: cPad,
      h,
      c: cPad ? cPad.subarray(B * H) : null,
      tanhC,
    });
    for (let t = 0; t < T; t++) {
      const rowOff = t * B;
      // The recurrent product for the whole batch at once; h_{t-1} is row block t of hPad.
      nx.project(hh, rowOff * GH, hPad, rowOff * H, B, H, p + 1, p + 3, GHh, false);
      // The whole batch in one call; the state entering the step sits at the same offset of hPad
      // (cPad) as the new one in h (c).
      step.o = rowOff * GH;
      step.p = step.s = rowOff * H;
      kernel.forward(step);
    }
    layers.push({
      input,
      inSize,
      ih,
      hh,
      gates,
      h,
      hPad,
      c: cPad ? (cPad.subarray(B * H) as A) : null,
      cPad,
      tanhC,
    });
    input = h;
  }
  const top = layers[numLayers - 1].h;
  const rows = on === 'last' ? B : T * B;
  const logits = nx.alloc(rows * outSize);
  nx.project(
    logits,
    0,
    top,
    on === 'last' ? (T - 1) * B * H : 0,
    rows,
    H,
    4 * numLayers,
    4 * numLayers + 1,
    outSize,
    false,
  );
  return { B, T, on, layers, logits };
}

/** Head outputs batch-first: B x out (last) or B x T x out (all), as PyTorch returns them. */
export function outputsBatchFirst(trace: NetTrace, outSize: number): Float64Array {
  if (trace.on === 'last') return trace.logits;
  const { B, T } = trace;
  const out = new Float64Array(B * T * outSize);
  for (let t = 0; t < T; t++) {
    for (let b = 0; b < B; b++)
      out.set(trace.logits.subarray((t * B + b) * outSize, (t * B + b + 1) * outSize), (b * T + t) * outSize);
  }
  return out;
}

export interface BackwardResult {
  /** One gradient per parameter, same order and layout as net.params. */
  grads: Float64Array[];
  /** ‖∂L/∂h_t‖ of the first layer for t = 1..T (2-norm over the batch and units). */
  dhNorm: Float64Array;
}

export interface NetBackwardOptions {
  /** Truncated BPTT: detach the state every k steps (k, 2k, … from the start), as `seq.split(k)`. */
  detachEvery?: number;
}

/**
 * Backpropagate dLogits (same layout as trace.logits: d loss / d head output) through the head
 * and every layer, accumulating every parameter's gradient, through the Numerics the trace was
 * made with.
 */
export function backwardWith<A extends FloatArray>(
  nx: Numerics<A>,
  net: Net,
  trace: NetTrace<A>,
  dLogits: A,
  opts: NetBackwardOptions = {},
): BackwardResult {
  const { cell, hiddenSize: H, numLayers, outSize } = net.spec;
  const { B, T, on } = trace;
  const G = gateCount(cell);
  const GH = G * H;
  const GHh = recurrentBlocks(cell) * H;
  const detach = opts.detachEvery;

  // Head: d W_head = dLogitsᵀ · h_rows, d b_head = column sums, d h += dLogits · W_head.
  const top = trace.layers[numLayers - 1];
  let dOut = nx.alloc(T * B * H);
  const rows = on === 'last' ? B : T * B;
  const rowBase = on === 'last' ? (T - 1) * B : 0;
  nx.weightGrad(4 * numLayers, 4 * numLayers + 1, dLogits, 0, rows, outSize, top.h, rowBase * H, H);
  nx.back(dOut, rowBase * H, dLogits, 0, rows, outSize, 4 * numLayers, H);

  const dhNorm = new Float64Array(T);
  const dIhAll = nx.alloc(T * B * GH);
  const dHhAll = nx.alloc(T * B * GH);
  const dh = nx.alloc(B * H);
  let carry = nx.alloc(B * H);
  let next = nx.alloc(B * H);
  const cCarry = hasCellState(cell) ? nx.alloc(B * H) : null;
  const kernel = kernelFor(cell);
  const grad = gradRefs();
  Object.assign(grad, { dh, dcNext: cCarry, dcPrev: cCarry, dIh: dIhAll, dHh: dHhAll });
  for (let l = numLayers - 1; l >= 0; l--) {
    const tr = trace.layers[l];
    const p = 4 * l;
    const step = stepRefs(H, nx.act);
    Object.assign(step, {
      rows: B,
      ih: tr.ih,
      hh: tr.hh,
      gates: tr.gates,
      hPrev: tr.hPad,
      cPrev: tr.cPad,
      h: tr.h,
      c: tr.c,
      tanhC: tr.tanhC,
    });
    carry.fill(0);
    if (cCarry) cCarry.fill(0);
    for (let t = T - 1; t >= 0; t--) {
      const rowOff = t * B;
      let sq = 0;
      for (let n = 0; n < B * H; n++) {
        const v = dOut[rowOff * H + n] + carry[n];
        dh[n] = v;
        sq += v * v;
      }
      if (l === 0) dhNorm[t] = Math.sqrt(sq);
      // Gate derivatives for every row of the batch; `next` first takes the part of d h_prev
      // that does not go through W_hh (the GRU's z ⊙ h_prev). The LSTM's dc carry is read and
      // replaced in place: d loss / d c_t in, d loss / d c_{t−1} out.
      grad.dhPrevDirect = next;
      step.o = grad.dg = rowOff * GH;
      step.p = step.s = rowOff * H;
      kernel.vjp(step, grad);
      // d h_prev += dHh · W_hh for the whole batch.
      nx.back(next, 0, dHhAll, rowOff * GH, B, GHh, p + 1, H);
      const swap = carry;
      carry = next;
      next = swap;
      // Truncated BPTT: the state entering step t (t = k, 2k, …) was detached.
      if (detach !== undefined && t > 0 && t % detach === 0) {
        carry.fill(0);
        if (cCarry) cCarry.fill(0);
      }
    }
    // Over all T·B rows at once: d W_hh += dHhᵀ · h_prev (h_prev = hPad's first T row blocks),
    // d W_ih += dIhᵀ · input, the biases, and d input = dIh · W_ih for the layer below.
    nx.weightGrad(p + 1, p + 3, dHhAll, 0, T * B, GHh, tr.hPad, 0, H);
    nx.weightGrad(p, p + 2, dIhAll, 0, T * B, GH, tr.input, 0, tr.inSize);
    if (l > 0) {
      const dIn = nx.alloc(T * B * tr.inSize);
      nx.back(dIn, 0, dIhAll, 0, T * B, GH, p, tr.inSize);
      dOut = dIn;
    }
  }
  return { grads: nx.grads(), dhNorm };
}
