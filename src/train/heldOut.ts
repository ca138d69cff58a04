/**
 * A race's held-out evaluation: the loss, the accuracy and the gate histogram of a model on the
 * held-out batch, in the race's own arithmetic (float32 SIMD in the fast mode, float64 otherwise).
 * The batch goes through in chunks of at most `chunkRows` sequences, so the float32 pass never
 * needs more of the WebAssembly arena than a training step of that many sequences: the arena keeps
 * its largest size for good, and 256 sequences at once at T = 500, H = 128 would hold about a
 * gigabyte per worker.
 */
import type { FloatArray } from '../engine/cells/kernel';
import { computeLoss } from './losses';
import type { Targets } from './losses';
import type { Net } from './model';
import type { HeadOn, NetTrace } from './network';
import type { Batch } from './step';
import { forwardIn } from './step';
import type { Precision } from './settings';
import { gateCount, specOf } from '../engine/cells/vocabulary';

export const HIST_BINS = 20;

export interface HeldOutResult {
  loss: number;
  accuracy: number | null;
  /** The share of LSTM forget-gate or GRU update-gate values in each of HIST_BINS bins over [0, 1] (all zero for other cells). */
  gates: number[];
}

/** Does this cell have the gate the histograms show (LSTM f, GRU z)? */
export const hasHistogramGate = (net: Net): boolean => specOf(net.spec.cell).retention !== null;

/** Add a pass's LSTM forget-gate or GRU update-gate values of the first layer to `counts`. */
function countGates(net: Net, trace: NetTrace<FloatArray>, counts: number[]): number {
  const H = net.spec.hiddenSize;
  const G = gateCount(net.spec.cell);
  const at = (specOf(net.spec.cell).retention?.block ?? 1) * H;
  const gates = trace.layers[0].gates;
  const rows = gates.length / (G * H);
  for (let n = 0; n < rows; n++) {
    for (let j = 0; j < H; j++) {
      const v = gates[n * G * H + at + j];
      counts[Math.min(HIST_BINS - 1, Math.floor(v * HIST_BINS))]++;
    }
  }
  return rows * H;
}

/** Sequences b0 … b1−1 of a batch (inputs and targets are batch-first, so each is one slice). */
function rowsOf(batch: Batch, b0: number, b1: number, on: HeadOn, outSize: number): Batch {
  const { T, x } = batch.input;
  const I = x.length / (batch.input.B * T);
  // Targets per sequence: one row at its last step, or one per step.
  const per = on === 'last' ? 1 : T;
  const t: Targets =
    batch.targets.kind === 'mse'
      ? { kind: 'mse', y: batch.targets.y.subarray(b0 * per * outSize, b1 * per * outSize) }
      : { kind: 'cross_entropy', y: batch.targets.y.subarray(b0 * per, b1 * per) };
  return { input: { B: b1 - b0, T, x: x.subarray(b0 * T * I, b1 * T * I) }, targets: t };
}

/**
 * The model on the held-out batch: the loss and accuracy over every sequence (each chunk's mean
 * weighted by its rows), and the gate histogram over every sequence and step.
 */
export function evaluateHeldOut(
  net: Net,
  batch: Batch,
  on: HeadOn,
  precision: Precision | undefined,
  chunkRows: number,
): HeldOutResult {
  const B = batch.input.B;
  const step = Math.max(1, Math.floor(chunkRows));
  const counts = Array.from<number>({ length: HIST_BINS }).fill(0);
  const gated = hasHistogramGate(net);
  let values = 0;
  let lossSum = 0;
  let correct = 0;
  let accuracy = true;
  for (let b0 = 0; b0 < B; b0 += step) {
    const b1 = Math.min(B, b0 + step);
    const part = rowsOf(batch, b0, b1, on, net.spec.outSize);
    const res = forwardIn(net, part.input, on, precision, (trace) => {
      if (gated) values += countGates(net, trace, counts);
      return computeLoss(trace, net.spec.outSize, part.targets);
    });
    // computeLoss gives means: over rows (cross-entropy) or rows × outputs (MSE), the same weight per row either way.
    lossSum += res.loss * (b1 - b0);
    if (res.accuracy === null) accuracy = false;
    else correct += res.accuracy * (b1 - b0);
  }
  return {
    loss: lossSum / B,
    accuracy: accuracy ? correct / B : null,
    gates: values ? counts.map((c) => c / values) : counts,
  };
}
