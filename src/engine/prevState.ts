/**
 * Where a step's previous state lives. A module of its own: the inspector needs it on the first
 * screen, without the cell arithmetic (which runs in the engine's worker).
 */
import type { StreamTrace } from './types';

/** Where a step's previous state lives: a row of the trace, or the initial state. */
export interface PrevState {
  h: Float64Array;
  hOff: number;
  c: Float64Array | null;
  cOff: number;
}

/** Row index of the state this stream had before processing time t (-1: the initial state). */
export function prevTime(tr: StreamTrace, t: number): number {
  const p = tr.id.reverse ? t + 1 : t - 1;
  return p < 0 || p >= tr.T ? -1 : p;
}

export function prevState(tr: StreamTrace, t: number): PrevState {
  const p = prevTime(tr, t);
  if (p < 0) return { h: tr.h0, hOff: 0, c: tr.c0, cOff: 0 };
  return { h: tr.h, hOff: p * tr.H, c: tr.c, cOff: p * tr.H };
}
