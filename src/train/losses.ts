/**
 * Losses on the head's outputs, as torch.nn.MSELoss and torch.nn.CrossEntropyLoss compute them
 * (mean reduction): the value and d loss / d outputs, in the trace's time-major row order.
 */
import { exp, log } from './detMath';
import { argMax, logSumExp } from '../engine/head';
import type { FloatArray } from '../engine/cells';
import type { NetTrace } from './network';

export type LossKind = 'mse' | 'cross_entropy';

/** Targets batch-first: MSE B x out (last) or B x T x out (all); cross-entropy B or B x T classes. */
export type Targets = { kind: 'mse'; y: Float64Array } | { kind: 'cross_entropy'; y: Int32Array };

export interface LossResult {
  loss: number;
  dLogits: Float64Array;
  /** Cross-entropy only: the share of rows whose arg-max is the target. */
  accuracy: number | null;
}

/** Index of the target for trace row n (time-major) in a batch-first target array. */
function targetRow(trace: NetTrace<FloatArray>, n: number): number {
  if (trace.on === 'last') return n;
  const t = Math.floor(n / trace.B);
  const b = n - t * trace.B;
  return b * trace.T + t;
}

export function computeLoss(trace: NetTrace<FloatArray>, outSize: number, targets: Targets): LossResult {
  const rows = trace.logits.length / outSize;
  const z = trace.logits;
  const dLogits = new Float64Array(z.length);
  let loss = 0;
  if (targets.kind === 'mse') {
    const count = rows * outSize;
    for (let n = 0; n < rows; n++) {
      const yo = targetRow(trace, n) * outSize;
      for (let k = 0; k < outSize; k++) {
        const d = z[n * outSize + k] - targets.y[yo + k];
        loss += d * d;
        dLogits[n * outSize + k] = (2 * d) / count;
      }
    }
    return { loss: loss / count, dLogits, accuracy: null };
  }
  let correct = 0;
  for (let n = 0; n < rows; n++) {
    const o = n * outSize;
    const y = targets.y[targetRow(trace, n)];
    const lse = logSumExp(z, o, outSize, exp, log);
    loss += lse - z[o + y];
    for (let k = 0; k < outSize; k++) dLogits[o + k] = exp(z[o + k] - lse) / rows;
    dLogits[o + y] -= 1 / rows;
    if (argMax(z, o, outSize) === y) correct++;
  }
  return { loss: loss / rows, dLogits, accuracy: correct / rows };
}
