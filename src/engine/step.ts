/**
 * One timestep of a stream of the engine's single-sequence run, in three modes — forward,
 * vector-Jacobian product (backpropagation), Jacobian-vector product (forward-mode) — as the
 * matrix products around the cell's kernel (cells/: each cell's arithmetic, written once and
 * shared with the training core and the observatory).
 */
import { gradRefs, kernelFor, stepRefs } from './cells';
import type { Activations, GradRefs, StepRefs } from './cells';
import { matVecBias, sigmoid } from './linalg';
import { prevState } from './prevState';
import type { CellKind, StreamParams, StreamTrace } from './types';

export { prevState } from './prevState';

/** The engine uses the platform's Math (it matches PyTorch's float64 to ~1e-15 on the fixtures). */
export const MATH_ACTIVATIONS: Activations = { sigmoid, tanh: Math.tanh };

// One set of refs, re-pointed every step: these functions are synchronous and never nest.
const refs: StepRefs = stepRefs(0, MATH_ACTIVATIONS);
const grads: GradRefs = gradRefs();

/** Point the refs at step t of a stream (its previous state included). */
function at(tr: StreamTrace, t: number): StepRefs {
  const prev = prevState(tr, t);
  refs.H = tr.H;
  refs.ih = tr.ih;
  refs.hh = tr.hh;
  refs.gates = tr.gates;
  refs.o = t * tr.G * tr.H;
  refs.hPrev = prev.h;
  refs.cPrev = prev.c;
  // h and c of one time share their offsets (both T x H, or the initial state at 0).
  refs.p = prev.hOff;
  refs.h = tr.h;
  refs.c = tr.c;
  refs.tanhC = null;
  refs.s = t * tr.H;
  return refs;
}

/** Compute step t of a stream whose input row t is already in tr.input. */
export function forwardStep(cell: CellKind, p: StreamParams, tr: StreamTrace, t: number): void {
  const GH = tr.G * tr.H;
  const inSize = tr.id.inSize;
  const prev = prevState(tr, t);
  matVecBias(tr.ih, t * GH, p.wIh, GH, inSize, tr.input, t * inSize, p.bIh);
  // W_hh h + b_hh (none for a cell without recurrent weights: its rows count is bHh's length).
  matVecBias(tr.hh, t * GH, p.wHh, p.bHh.length, tr.H, prev.h, prev.hOff, p.bHh);
  kernelFor(cell).forward(at(tr, t));
}

/** Output buffers of a backward step (all owned by the caller, reused across steps). */
export interface VjpOut {
  /** G*H: d loss / d (W_ih x + b_ih) block. */
  dIh: Float64Array;
  /** G*H: d loss / d (W_hh h_prev + b_hh) block. */
  dHh: Float64Array;
  /** H: the part of d loss / d h_prev that does not go through W_hh (GRU's z ⊙ h_prev). */
  dhPrevDirect: Float64Array;
  /** H: LSTM d loss / d c_prev. */
  dcPrev: Float64Array;
  /** H: LSTM total d loss / d c_t (upstream plus through h_t). */
  dcTotal: Float64Array;
}

export function allocVjpOut(G: number, H: number): VjpOut {
  return {
    dIh: new Float64Array(G * H),
    dHh: new Float64Array(G * H),
    dhPrevDirect: new Float64Array(H),
    dcPrev: new Float64Array(H),
    dcTotal: new Float64Array(H),
  };
}

/**
 * Backpropagate through step t, given dh = d loss / d h_t (total) and, for the LSTM,
 * dc = d loss / d c_t arriving from step t+1.
 */
export function stepVjp(
  cell: CellKind,
  tr: StreamTrace,
  t: number,
  dh: Float64Array,
  dc: Float64Array | null,
  out: VjpOut,
): void {
  Object.assign(grads, {
    dh,
    dcNext: dc,
    dcPrev: out.dcPrev,
    dcTotal: out.dcTotal,
    dhPrevDirect: out.dhPrevDirect,
    dIh: out.dIh,
    dHh: out.dHh,
  });
  kernelFor(cell).vjp(at(tr, t), grads);
}

/**
 * Forward-mode: given tangents (dhPrev, dcPrev) of the previous state, write the tangents of h_t
 * and c_t. `dHh` (G*H) holds W_hh · dhPrev; `dIh` (G*H) holds W_ih · dx_t, or null when the input
 * is held fixed.
 */
export function stepJvp(
  cell: CellKind,
  tr: StreamTrace,
  t: number,
  dhPrev: Float64Array,
  dcPrev: Float64Array | null,
  dIh: Float64Array | null,
  dHh: Float64Array,
  outH: Float64Array,
  outC: Float64Array | null,
): void {
  kernelFor(cell).jvp(at(tr, t), { dhPrev, dcPrev, dIh, dHh, outH, outC });
}
