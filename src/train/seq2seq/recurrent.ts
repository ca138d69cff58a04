/**
 * One recurrent layer over a batch, time-major (row t·B + b), for the encoder–decoder and the
 * bidirectional tagger: the layer loop of network.ts's forwardNet with a given start state, and
 * its backward pass with the gradient that leaves through that start state. The cell arithmetic is
 * the cell kernels' (engine/cells), as everywhere else.
 */
import { gradRefs, kernelFor, stepRefs } from '../../engine/cells';
import { gateCount, hasCellState, recurrentBlocks } from '../../engine/cells/vocabulary';
import type { CellKind } from '../../engine/types';
import { addWeightGradient, gemmBt, transpose } from '../kernels';
import { DET_ACTIVATIONS } from '../activations';

/** A layer's four tensors, PyTorch's weight_ih, weight_hh, bias_ih, bias_hh. */
export interface LayerParams {
  wIh: Float64Array;
  wHh: Float64Array;
  bIh: Float64Array;
  bHh: Float64Array;
}

export interface RecTrace {
  cell: CellKind;
  H: number;
  B: number;
  T: number;
  inSize: number;
  /** Layer input (T·B x inSize). */
  input: Float64Array;
  ih: Float64Array;
  hh: Float64Array;
  gates: Float64Array;
  /** Start state, then h_1..h_T ((T+1)·B x H). */
  hPad: Float64Array;
  cPad: Float64Array | null;
  tanhC: Float64Array | null;
}

export function emptyTrace(cell: CellKind, H: number, B: number, T: number, inSize: number): RecTrace {
  const GH = gateCount(cell) * H;
  const c = hasCellState(cell);
  return {
    cell,
    H,
    B,
    T,
    inSize,
    input: new Float64Array(T * B * inSize),
    ih: new Float64Array(T * B * GH),
    hh: new Float64Array(T * B * GH),
    gates: new Float64Array(T * B * GH),
    hPad: new Float64Array((T + 1) * B * H),
    cPad: c ? new Float64Array((T + 1) * B * H) : null,
    tanhC: c ? new Float64Array(T * B * H) : null,
  };
}

/**
 * Step t of the layer: its input row block t must be in tr.input and its start state in row
 * block t of hPad (cPad). Writes the step's state to row block t + 1.
 */
export function stepForward(tr: RecTrace, p: LayerParams, t: number): void {
  const { cell, H, B, inSize } = tr;
  const GH = gateCount(cell) * H;
  const o = t * B * GH;
  gemmBt(tr.ih, o, tr.input, t * B * inSize, B, inSize, p.wIh, p.bIh, GH);
  gemmBt(tr.hh, o, tr.hPad, t * B * H, B, H, p.wHh, p.bHh, recurrentBlocks(cell) * H);
  const s = stepRefs(H, DET_ACTIVATIONS);
  Object.assign(s, {
    rows: B,
    ih: tr.ih,
    hh: tr.hh,
    gates: tr.gates,
    o,
    hPrev: tr.hPad,
    cPrev: tr.cPad,
    p: t * B * H,
    h: tr.hPad.subarray(B * H),
    c: tr.cPad ? tr.cPad.subarray(B * H) : null,
    tanhC: tr.tanhC,
    s: t * B * H,
  });
  kernelFor(cell).forward(s);
}

/** The whole layer over inputs already in tr.input. */
export function runLayer(tr: RecTrace, p: LayerParams): void {
  for (let t = 0; t < tr.T; t++) stepForward(tr, p, t);
}

/**
 * Backward through one layer, step by step from the last. `dStep(t, dh)` is called before step t's
 * cell backward with dh (B x H) holding the gradient reaching h_t through the recurrence; it adds
 * the gradient from outside (a head, attention) in place, and may read `dIhAt(t)` only after.
 * `afterStep(t)` runs once step t's gate gradients exist (the decoder reads the gradient that
 * leaves through its input there). Returns d loss / d start state (h, and c for an LSTM).
 */
export interface LayerBackward {
  dIh: Float64Array;
  dHh: Float64Array;
  dh0: Float64Array;
  dc0: Float64Array | null;
}

export function backLayer(
  tr: RecTrace,
  p: LayerParams,
  g: LayerParams,
  dStep: (t: number, dh: Float64Array) => void,
  afterStep?: (t: number, dhPrev: Float64Array, dIh: Float64Array) => void,
  dcLast?: Float64Array | null,
): LayerBackward {
  const { cell, H, B, T } = tr;
  const GH = gateCount(cell) * H;
  const GHh = recurrentBlocks(cell) * H;
  const dIh = new Float64Array(T * B * GH);
  const dHh = new Float64Array(T * B * GH);
  const wHhT = transpose(p.wHh, 0, GHh, H);
  const dh = new Float64Array(B * H);
  let carry = new Float64Array(B * H);
  let next = new Float64Array(B * H);
  const cCarry = tr.cPad ? (dcLast ? dcLast.slice() : new Float64Array(B * H)) : null;
  const step = stepRefs(H, DET_ACTIVATIONS);
  Object.assign(step, {
    rows: B,
    ih: tr.ih,
    hh: tr.hh,
    gates: tr.gates,
    hPrev: tr.hPad,
    cPrev: tr.cPad,
    h: tr.hPad.subarray(B * H),
    c: tr.cPad ? tr.cPad.subarray(B * H) : null,
    tanhC: tr.tanhC,
  });
  const grad = gradRefs();
  Object.assign(grad, { dh, dcNext: cCarry, dcPrev: cCarry, dIh, dHh });
  const kernel = kernelFor(cell);
  for (let t = T - 1; t >= 0; t--) {
    dh.set(carry);
    dStep(t, dh);
    grad.dhPrevDirect = next;
    step.o = grad.dg = t * B * GH;
    step.p = step.s = t * B * H;
    kernel.vjp(step, grad);
    gemmBt(next, 0, dHh, t * B * GH, B, GHh, wHhT, null, H, true);
    afterStep?.(t, next, dIh);
    const swap = carry;
    carry = next;
    next = swap;
  }
  addWeightGradient(g.wHh, g.bHh, dHh, 0, T * B, GHh, tr.hPad, 0, H);
  addWeightGradient(g.wIh, g.bIh, dIh, 0, T * B, GH, tr.input, 0, tr.inSize);
  return { dIh, dHh, dh0: carry, dc0: cCarry };
}
