/**
 * One unit of a gated cell at one step, as the gate-by-gate diagram shows it: every value on
 * every wire, read from the trace (never recomputed by the view), so the diagram's arithmetic is
 * the engine's.
 */
import type { StreamTrace } from '../engine';

export interface LstmUnit {
  cPrev: number;
  f: number;
  i: number;
  g: number;
  o: number;
  /** f · c_{t−1}: what the forget gate keeps. */
  kept: number;
  /** i · g: what the input gate writes. */
  written: number;
  c: number;
  tanhC: number;
  h: number;
}

export interface GruUnit {
  hPrev: number;
  r: number;
  z: number;
  /** W_hn h_{t−1} + b_hn, the recurrent part of the candidate before the reset gate scales it. */
  hn: number;
  /** W_in x_t + b_in. */
  xn: number;
  n: number;
  h: number;
}

export function lstmUnit(tr: StreamTrace, t: number, j: number): LstmUnit {
  const { H } = tr;
  const at = (block: number) => tr.gates[t * 4 * H + block * H + j];
  const cPrev = t > 0 ? tr.c![(t - 1) * H + j] : tr.c0![j];
  const [i, f, g, o] = [at(0), at(1), at(2), at(3)];
  const c = tr.c![t * H + j];
  return { cPrev, f, i, g, o, kept: f * cPrev, written: i * g, c, tanhC: Math.tanh(c), h: tr.h[t * H + j] };
}

export function gruUnit(tr: StreamTrace, t: number, j: number): GruUnit {
  const { H } = tr;
  const hPrev = t > 0 ? tr.h[(t - 1) * H + j] : tr.h0[j];
  const row = t * 3 * H;
  return {
    hPrev,
    r: tr.gates[row + j],
    z: tr.gates[row + H + j],
    n: tr.gates[row + 2 * H + j],
    hn: tr.hh[row + 2 * H + j],
    xn: tr.ih[row + 2 * H + j],
    h: tr.h[t * H + j],
  };
}
