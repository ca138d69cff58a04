/**
 * One timestep of each cell, in three modes:
 *  - forward: the activations (PyTorch's equations, see ../shared/fixtures/README.md);
 *  - vector-Jacobian product (backpropagation): gradients w.r.t. pre-activations and previous state;
 *  - Jacobian-vector product (forward-mode): how a perturbation of the previous state propagates.
 * The matrix products around these live in the callers so that weights are touched in one place.
 */
import { matVecBias, sigmoid } from './linalg';
import type { CellKind, StreamParams, StreamTrace } from './types';

export { prevState, prevTime } from './prevState';
export type { PrevState } from './prevState';
import { prevState } from './prevState';

/** Compute step t of a stream whose input row t is already in tr.input. */
export function forwardStep(cell: CellKind, p: StreamParams, tr: StreamTrace, t: number): void {
  const { H, G } = tr;
  const GH = G * H;
  const inSize = tr.id.inSize;
  const prev = prevState(tr, t);
  const o = t * GH;
  matVecBias(tr.ih, o, p.wIh, GH, inSize, tr.input, t * inSize, p.bIh);
  matVecBias(tr.hh, o, p.wHh, GH, H, prev.h, prev.hOff, p.bHh);
  const { ih, hh, gates, h } = tr;
  const ho = t * H;
  switch (cell) {
    case 'rnn_tanh':
    case 'rnn_relu':
      for (let j = 0; j < H; j++) {
        const pre = ih[o + j] + hh[o + j];
        gates[o + j] = pre;
        h[ho + j] = cell === 'rnn_tanh' ? Math.tanh(pre) : pre > 0 ? pre : 0;
      }
      return;
    case 'lstm': {
      const c = tr.c as Float64Array;
      const cPrev = prev.c as Float64Array;
      for (let j = 0; j < H; j++) {
        const i = sigmoid(ih[o + j] + hh[o + j]);
        const f = sigmoid(ih[o + H + j] + hh[o + H + j]);
        const g = Math.tanh(ih[o + 2 * H + j] + hh[o + 2 * H + j]);
        const og = sigmoid(ih[o + 3 * H + j] + hh[o + 3 * H + j]);
        gates[o + j] = i;
        gates[o + H + j] = f;
        gates[o + 2 * H + j] = g;
        gates[o + 3 * H + j] = og;
        const cj = f * cPrev[prev.cOff + j] + i * g;
        c[ho + j] = cj;
        h[ho + j] = og * Math.tanh(cj);
      }
      return;
    }
    case 'gru':
      for (let j = 0; j < H; j++) {
        const r = sigmoid(ih[o + j] + hh[o + j]);
        const z = sigmoid(ih[o + H + j] + hh[o + H + j]);
        // PyTorch: the reset gate multiplies (W_hn h + b_hn), bias included.
        const n = Math.tanh(ih[o + 2 * H + j] + r * hh[o + 2 * H + j]);
        gates[o + j] = r;
        gates[o + H + j] = z;
        gates[o + 2 * H + j] = n;
        h[ho + j] = (1 - z) * n + z * prev.h[prev.hOff + j];
      }
      return;
  }
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
  const { H, G } = tr;
  const o = t * G * H;
  const ho = t * H;
  const { gates, h } = tr;
  const { dIh, dHh, dhPrevDirect } = out;
  switch (cell) {
    case 'rnn_tanh':
    case 'rnn_relu':
      for (let j = 0; j < H; j++) {
        const d = cell === 'rnn_tanh' ? dh[j] * (1 - h[ho + j] * h[ho + j]) : gates[o + j] > 0 ? dh[j] : 0;
        dIh[j] = d;
        dHh[j] = d;
        dhPrevDirect[j] = 0;
      }
      return;
    case 'lstm': {
      const c = tr.c as Float64Array;
      const prev = prevState(tr, t);
      const cPrev = prev.c as Float64Array;
      for (let j = 0; j < H; j++) {
        const i = gates[o + j];
        const f = gates[o + H + j];
        const g = gates[o + 2 * H + j];
        const og = gates[o + 3 * H + j];
        const tc = Math.tanh(c[ho + j]);
        const dct = (dc ? dc[j] : 0) + dh[j] * og * (1 - tc * tc);
        out.dcTotal[j] = dct;
        out.dcPrev[j] = dct * f;
        const di = dct * g * i * (1 - i);
        const df = dct * cPrev[prev.cOff + j] * f * (1 - f);
        const dg = dct * i * (1 - g * g);
        const dO = dh[j] * tc * og * (1 - og);
        dIh[j] = dHh[j] = di;
        dIh[H + j] = dHh[H + j] = df;
        dIh[2 * H + j] = dHh[2 * H + j] = dg;
        dIh[3 * H + j] = dHh[3 * H + j] = dO;
        dhPrevDirect[j] = 0;
      }
      return;
    }
    case 'gru': {
      const prev = prevState(tr, t);
      const hh = tr.hh;
      for (let j = 0; j < H; j++) {
        const r = gates[o + j];
        const z = gates[o + H + j];
        const n = gates[o + 2 * H + j];
        const hp = prev.h[prev.hOff + j];
        const dn = dh[j] * (1 - z) * (1 - n * n);
        const dz = dh[j] * (hp - n) * z * (1 - z);
        const dr = dn * hh[o + 2 * H + j] * r * (1 - r);
        dIh[j] = dHh[j] = dr;
        dIh[H + j] = dHh[H + j] = dz;
        dIh[2 * H + j] = dn;
        dHh[2 * H + j] = dn * r;
        dhPrevDirect[j] = dh[j] * z;
      }
      return;
    }
  }
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
  const { H, G } = tr;
  const o = t * G * H;
  const ho = t * H;
  const { gates, h } = tr;
  switch (cell) {
    case 'rnn_tanh':
    case 'rnn_relu':
      for (let j = 0; j < H; j++) {
        const dPre = dHh[j] + (dIh ? dIh[j] : 0);
        outH[j] = cell === 'rnn_tanh' ? (1 - h[ho + j] * h[ho + j]) * dPre : gates[o + j] > 0 ? dPre : 0;
      }
      return;
    case 'lstm': {
      const c = tr.c as Float64Array;
      const prev = prevState(tr, t);
      const cPrev = prev.c as Float64Array;
      const dcp = dcPrev as Float64Array;
      const oc = outC as Float64Array;
      for (let j = 0; j < H; j++) {
        const i = gates[o + j];
        const f = gates[o + H + j];
        const g = gates[o + 2 * H + j];
        const og = gates[o + 3 * H + j];
        const x = (k: number): number => dHh[k * H + j] + (dIh ? dIh[k * H + j] : 0);
        const di = i * (1 - i) * x(0);
        const df = f * (1 - f) * x(1);
        const dg = (1 - g * g) * x(2);
        const dO = og * (1 - og) * x(3);
        const dcj = df * cPrev[prev.cOff + j] + f * dcp[j] + di * g + i * dg;
        const tc = Math.tanh(c[ho + j]);
        oc[j] = dcj;
        outH[j] = dO * tc + og * (1 - tc * tc) * dcj;
      }
      return;
    }
    case 'gru': {
      const prev = prevState(tr, t);
      const hh = tr.hh;
      for (let j = 0; j < H; j++) {
        const r = gates[o + j];
        const z = gates[o + H + j];
        const n = gates[o + 2 * H + j];
        const dr = r * (1 - r) * (dHh[j] + (dIh ? dIh[j] : 0));
        const dz = z * (1 - z) * (dHh[H + j] + (dIh ? dIh[H + j] : 0));
        const dn = (1 - n * n) * ((dIh ? dIh[2 * H + j] : 0) + dr * hh[o + 2 * H + j] + r * dHh[2 * H + j]);
        outH[j] = (1 - z) * dn + dz * (prev.h[prev.hOff + j] - n) + z * dhPrev[j];
      }
      return;
    }
  }
}
