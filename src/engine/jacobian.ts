/**
 * How strongly one state or input still affects another, the quantity that makes vanishing and
 * exploding gradients visible. Both functions hold the stream's inputs from other steps fixed.
 */
import { allocVjpOut, stepJvp, stepVjp } from './step';
import { EngineError } from './errors';
import { matTVecAdd, matVecBias } from './linalg';
import type { StreamTrace, Trace } from './types';
import { hasCellState } from './cells/vocabulary';

function streamOf(trace: Trace, key: string): StreamTrace {
  const tr = trace.streams[key];
  if (!tr)
    throw new EngineError(
      'invalid_input',
      `no stream "${key}" (have ${Object.keys(trace.streams).join(', ')})`,
    );
  return tr;
}

/** Time index of the k-th processed step (0-based) of a stream. */
const timeAt = (tr: StreamTrace, k: number): number => (tr.id.reverse ? tr.T - 1 - k : k);

/**
 * Entry k = ‖d h_final / d h_k‖_F, h_k being the state after k processing steps (k = 0: h0) and
 * h_final the state after all T; for the LSTM c_k is held fixed. Length T+1, last entry sqrt(H).
 * Computed by reverse mode, one backward sweep per unit of h_final.
 */
export function jacobianNormsToFinal(trace: Trace, key: string): Float64Array {
  const tr = streamOf(trace, key);
  const { cell } = trace.model.spec;
  const p = trace.model.params[key];
  const { T, H, G } = tr;
  const sq = new Float64Array(T + 1);
  const buf = allocVjpOut(G, H);
  const withC = hasCellState(cell);
  for (let unit = 0; unit < H; unit++) {
    let dh = new Float64Array(H);
    dh[unit] = 1;
    let dc: Float64Array | null = withC ? new Float64Array(H) : null;
    for (let k = T - 1; k >= 0; k--) {
      stepVjp(cell, tr, timeAt(tr, k), dh, dc, buf);
      const next = buf.dhPrevDirect.slice();
      matTVecAdd(next, 0, p.wHh, p.bHh.length, H, buf.dHh, 0);
      for (let j = 0; j < H; j++) sq[k] += next[j] * next[j];
      dh = next;
      if (dc) dc = buf.dcPrev.slice();
    }
  }
  sq[T] = H;
  return sq.map(Math.sqrt);
}

/**
 * Entry k = ‖d h_k / d x_s‖_F for the state after k+1 processing steps, where x_s is the input
 * read at processing step s (0-based); zero for k < s. Forward mode, one sweep per input unit.
 * With s = 0 this is "how much the first token still influences the state".
 */
export function influenceOfInput(trace: Trace, key: string, s = 0): Float64Array {
  const tr = streamOf(trace, key);
  const { cell } = trace.model.spec;
  const p = trace.model.params[key];
  const { T, H, G } = tr;
  const GH = G * H;
  const inSize = tr.id.inSize;
  if (!Number.isInteger(s) || s < 0 || s >= T) {
    throw new EngineError('invalid_input', `step ${s} is outside 0..${T - 1}`);
  }
  const sq = new Float64Array(T);
  const dIh = new Float64Array(GH);
  const dHh = new Float64Array(GH);
  const zeroBias = new Float64Array(GH);
  const withC = hasCellState(cell);
  for (let unit = 0; unit < inSize; unit++) {
    let dh = new Float64Array(H);
    let dc: Float64Array | null = withC ? new Float64Array(H) : null;
    for (let k = s; k < T; k++) {
      const t = timeAt(tr, k);
      if (k === s) {
        // Perturb x_s along one input unit: W_ih's column `unit`; the previous state does not move.
        for (let r = 0; r < GH; r++) dIh[r] = p.wIh[r * inSize + unit];
        dHh.fill(0);
      } else {
        matVecBias(dHh, 0, p.wHh, p.bHh.length, H, dh, 0, zeroBias);
      }
      const outH = new Float64Array(H);
      const outC = withC ? new Float64Array(H) : null;
      stepJvp(cell, tr, t, dh, dc, k === s ? dIh : null, dHh, outH, outC);
      for (let j = 0; j < H; j++) sq[k] += outH[j] * outH[j];
      dh = outH;
      dc = outC;
    }
  }
  return sq.map(Math.sqrt);
}
