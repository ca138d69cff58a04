/**
 * The forward pass over a whole sequence: every layer and direction, recording everything a view
 * needs (input, pre-activation parts, gate activations, h and c per step) so that any step can be
 * shown without recomputing the sequence.
 */
import { forwardStep } from './step';
import { EngineError, assertFinite, assertLength } from './errors';
import { gateCount, hasCellState } from './cells/vocabulary';
import type { Model, StreamId, StreamTrace, Trace } from './types';

export interface InitialState {
  /** (L*D) x H, streams in PyTorch's order; zeros when omitted (PyTorch's default). */
  h0?: Float64Array;
  /** LSTM only, (L*D) x H. */
  c0?: Float64Array;
}

/**
 * Run the model over x, a T x inputSize row-major sequence (T >= 1).
 */
export function runForward(model: Model, x: Float64Array, init: InitialState = {}): Trace {
  const { spec } = model;
  const I = spec.inputSize;
  const H = spec.hiddenSize;
  const D = spec.bidirectional ? 2 : 1;
  if (x.length === 0 || x.length % I !== 0) {
    throw new EngineError(
      'shape_mismatch',
      `x has ${x.length} values, which is not a non-empty multiple of inputSize ${I}`,
    );
  }
  assertFinite(x, 'x');
  const T = x.length / I;
  const S = model.streams.length;
  const h0 = init.h0 ?? new Float64Array(S * H);
  assertLength(h0, S * H, 'h0');
  assertFinite(h0, 'h0');
  const withC = hasCellState(spec.cell);
  const c0 = withC ? (init.c0 ?? new Float64Array(S * H)) : null;
  if (c0) {
    assertLength(c0, S * H, 'c0');
    assertFinite(c0, 'c0');
  }

  const streams: Record<string, StreamTrace> = {};
  const layerOutputs: Float64Array[] = [];
  const layerCells: Float64Array[] | null = withC ? [] : null;
  let layerInput = x;
  model.streams.forEach((id, s) => {
    const tr = allocStream(id, T, H, gateCount(spec.cell), layerInput, h0, c0, s);
    streams[id.key] = tr;
    const p = model.params[id.key];
    if (id.reverse) for (let t = T - 1; t >= 0; t--) forwardStep(spec.cell, p, tr, t);
    else for (let t = 0; t < T; t++) forwardStep(spec.cell, p, tr, t);

    // After the last stream of a layer, concatenate [forward, reverse] as the next layer's input.
    const lastOfLayer = s === model.streams.length - 1 || model.streams[s + 1].layer !== id.layer;
    if (lastOfLayer) {
      const dirs = model.streams.filter((z) => z.layer === id.layer).map((z) => streams[z.key]);
      const out = concatDirections(
        dirs.map((d) => d.h),
        T,
        H,
        D,
      );
      layerOutputs.push(out);
      if (layerCells)
        layerCells.push(
          concatDirections(
            dirs.map((d) => d.c as Float64Array),
            T,
            H,
            D,
          ),
        );
      layerInput = out;
    }
  });
  return { model, T, x, layerOutputs, layerCells, streams };
}

function allocStream(
  id: StreamId,
  T: number,
  H: number,
  G: number,
  input: Float64Array,
  h0All: Float64Array,
  c0All: Float64Array | null,
  s: number,
): StreamTrace {
  return {
    id,
    T,
    H,
    G,
    input,
    ih: new Float64Array(T * G * H),
    hh: new Float64Array(T * G * H),
    gates: new Float64Array(T * G * H),
    h: new Float64Array(T * H),
    c: c0All ? new Float64Array(T * H) : null,
    h0: h0All.slice(s * H, (s + 1) * H),
    c0: c0All ? c0All.slice(s * H, (s + 1) * H) : null,
  };
}

function concatDirections(parts: Float64Array[], T: number, H: number, D: number): Float64Array {
  if (D === 1) return parts[0];
  const out = new Float64Array(T * D * H);
  for (let t = 0; t < T; t++) {
    parts.forEach((p, d) => out.set(p.subarray(t * H, (t + 1) * H), t * D * H + d * H));
  }
  return out;
}

/** The top layer's output h_1..h_T (T x D*H), as torch.nn.RNN/LSTM/GRU returns it. */
export function outputOf(trace: Trace): Float64Array {
  return trace.layerOutputs[trace.layerOutputs.length - 1];
}

/** Final state per stream ((L*D) x H), as the module's h_n (and c_n for the LSTM). */
export function finalStates(trace: Trace): { hN: Float64Array; cN: Float64Array | null } {
  const { model, T } = trace;
  const H = model.spec.hiddenSize;
  const S = model.streams.length;
  const hN = new Float64Array(S * H);
  const cN = hasCellState(model.spec.cell) ? new Float64Array(S * H) : null;
  model.streams.forEach((id, s) => {
    const tr = trace.streams[id.key];
    const last = id.reverse ? 0 : T - 1;
    hN.set(tr.h.subarray(last * H, (last + 1) * H), s * H);
    if (cN && tr.c) cN.set(tr.c.subarray(last * H, (last + 1) * H), s * H);
  });
  return { hN, cN };
}
