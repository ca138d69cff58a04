/**
 * Backpropagation through time for a linear loss on the outputs, L = sum_t <dOut_t, out_t>,
 * which covers `sum(h_T)` (dOut is 1 on the last step) and per-step losses (dOut on every step).
 * Returns d L / d every h_t and c_t (total derivatives), x_t, h0, c0 and every parameter.
 */
import { allocVjpOut, prevState, stepVjp } from './step';
import { EngineError, assertFinite } from './errors';
import { outputOf } from './forward';
import { matTVecAdd, outerAdd } from './linalg';
import { zeroParams } from './model';
import type { Gradients, StreamGradients, StreamParams, StreamTrace, Trace } from './types';
import { hasCellState } from './cells/vocabulary';

export type LossSpec = { kind: 'sum_last' } | { kind: 'sum_all' } | { kind: 'linear'; dOut: Float64Array };

export interface BackwardOptions {
  /** Accumulate parameter gradients (default true); the memory views only need state gradients. */
  weights?: boolean;
  /**
   * Truncated BPTT: the state is detached every k processing steps (k, 2k, ... from the stream's
   * start), as a training loop does with `h = h.detach()` between chunks, so gradient stops at
   * chunk boundaries. Omitted: full BPTT.
   */
  detachEvery?: number;
  /**
   * Called after each processing step with the stream's parameter gradient accumulated so far
   * (steps handled: the last one down to `t`). Lets a caller read every truncation window's
   * gradient from one full backward pass (state/deepDive.ts). Must not keep or modify `params`.
   */
  onStep?: (streamKey: string, t: number, params: StreamParams) => void;
}

/** d L / d out (T x D*H) for a loss spec. */
export function lossGradient(trace: Trace, loss: LossSpec): Float64Array {
  const width = outputOf(trace).length / trace.T;
  const dOut = new Float64Array(trace.T * width);
  switch (loss.kind) {
    case 'sum_last':
      dOut.fill(1, (trace.T - 1) * width);
      return dOut;
    case 'sum_all':
      return dOut.fill(1);
    case 'linear':
      if (loss.dOut.length !== dOut.length) {
        throw new EngineError(
          'shape_mismatch',
          `dOut has ${loss.dOut.length} values, expected ${dOut.length} (T x D*H)`,
        );
      }
      assertFinite(loss.dOut, 'dOut');
      return loss.dOut;
  }
}

export function runBackward(
  trace: Trace,
  loss: LossSpec = { kind: 'sum_last' },
  opts: BackwardOptions = {},
): Gradients {
  const withWeights = opts.weights ?? true;
  const detach = opts.detachEvery;
  if (detach !== undefined && (!Number.isInteger(detach) || detach < 1)) {
    throw new EngineError('invalid_input', `detachEvery must be a positive integer, got ${detach}`);
  }
  const { model, T } = trace;
  const { spec } = model;
  const H = spec.hiddenSize;
  const D = spec.bidirectional ? 2 : 1;
  const dTop = lossGradient(trace, loss);
  const out = outputOf(trace);
  let lossValue = 0;
  for (let i = 0; i < out.length; i++) lossValue += dTop[i] * out[i];

  const streams: Record<string, StreamGradients> = {};
  let dLayerOut = dTop;
  for (let layer = spec.numLayers - 1; layer >= 0; layer--) {
    const ids = model.streams.filter((s) => s.layer === layer);
    const dIn = new Float64Array(T * ids[0].inSize);
    ids.forEach((id, d) => {
      const tr = trace.streams[id.key];
      streams[id.key] = backwardStream(
        trace,
        tr,
        dLayerOut,
        d * H,
        D * H,
        dIn,
        withWeights,
        detach,
        opts.onStep,
      );
    });
    dLayerOut = dIn;
  }
  return { loss: lossValue, x: dLayerOut, streams };
}

function backwardStream(
  trace: Trace,
  tr: StreamTrace,
  dOut: Float64Array,
  outOff: number,
  outWidth: number,
  dIn: Float64Array,
  withWeights: boolean,
  detachEvery: number | undefined,
  onStep: BackwardOptions['onStep'],
): StreamGradients {
  const { cell } = trace.model.spec;
  const p = trace.model.params[tr.id.key];
  const { T, H, G } = tr;
  const GH = G * H;
  const inSize = tr.id.inSize;
  const withC = hasCellState(cell);
  const g: StreamGradients = {
    h: new Float64Array(T * H),
    c: withC ? new Float64Array(T * H) : null,
    h0: new Float64Array(H),
    c0: withC ? new Float64Array(H) : null,
    params: zeroParams(cell, H, inSize),
  };
  const buf = allocVjpOut(G, H);
  let dhCarry = new Float64Array(H);
  let dcCarry: Float64Array | null = withC ? new Float64Array(H) : null;
  const dh = new Float64Array(H);
  for (let k = 0; k < T; k++) {
    // Walk processing order backwards: forward streams from T-1 down, reverse streams from 0 up.
    const t = tr.id.reverse ? k : T - 1 - k;
    for (let j = 0; j < H; j++) dh[j] = dOut[t * outWidth + outOff + j] + dhCarry[j];
    g.h.set(dh, t * H);
    stepVjp(cell, tr, t, dh, dcCarry, buf);
    if (g.c) g.c.set(buf.dcTotal, t * H);
    matTVecAdd(dIn, t * inSize, p.wIh, GH, inSize, buf.dIh, 0);
    const next = buf.dhPrevDirect.slice();
    matTVecAdd(next, 0, p.wHh, p.bHh.length, H, buf.dHh, 0);
    if (withWeights) {
      const prev = prevState(tr, t);
      outerAdd(g.params.wIh, GH, inSize, buf.dIh, 0, tr.input, t * inSize);
      outerAdd(g.params.wHh, p.bHh.length, H, buf.dHh, 0, prev.h, prev.hOff);
      for (let r = 0; r < GH; r++) g.params.bIh[r] += buf.dIh[r];
      for (let r = 0; r < p.bHh.length; r++) g.params.bHh[r] += buf.dHh[r];
    }
    onStep?.(tr.id.key, t, g.params);
    dhCarry = next;
    if (dcCarry) dcCarry = buf.dcPrev.slice();
    // Processing position T-1-k is the step just handled; a chunk starts there: detach.
    if (detachEvery !== undefined && T - 1 - k > 0 && (T - 1 - k) % detachEvery === 0) {
      dhCarry = new Float64Array(H);
      if (dcCarry) dcCarry = new Float64Array(H);
    }
  }
  g.h0.set(dhCarry);
  if (g.c0 && dcCarry) g.c0.set(dcCarry);
  return g;
}
