/**
 * The trained "who did it?" models (scripts/train-presets.ts writes them; the explorer's trained
 * Long preset shows them): the training protocol, the held-out sets, the compact weight format and
 * the accuracy measure that the script records and the tests re-measure.
 */
import { seededRandom } from '../engine/random';
import type { CellKind } from '../engine/types';
import { forwardNet } from './network';
import { argMax } from '../engine/head';
import { netFromPyTorch } from './model';
import type { Net } from './model';
import type { Batch } from './step';
import { WHO_NAMES } from './whoDidIt';
import type { WhoDidIt } from './whoDidIt';
import type { PyTorchWeights } from '../engine/model';

export const WHO_PROTOCOL = {
  hidden: 32,
  lr: 3e-3,
  clip: 1,
  batch: 32,
  /** Sentence lengths in words; the next one once the smoothed training accuracy passes advanceAt. */
  curriculum: [8, 16, 24, 32, 48, 64],
  advanceAt: 0.95,
  updates: 1500,
  evalEvery: 50,
  seeds: [1, 2, 3],
  /** Held-out sets: validation picks the checkpoint and the seed, test only reports. */
  heldOut: { T: 64, validation: { seed: 998, size: 256 }, test: { seed: 999, size: 512 } },
} as const;

export function whoHeldOut(task: WhoDidIt, which: 'validation' | 'test'): Batch {
  const h = WHO_PROTOCOL.heldOut[which];
  return task.sample(seededRandom(h.seed), h.size, WHO_PROTOCOL.heldOut.T);
}

/** float32 precision, written with the 9 significant digits that round-trip a float32. */
export function compactWeights(w: PyTorchWeights): PyTorchWeights {
  const c = (v: number) => Number(Math.fround(v).toPrecision(9));
  return Object.fromEntries(
    Object.entries(w).map(([k, v]) => [
      k,
      (v as (number | number[])[]).map((r) => (Array.isArray(r) ? r.map(c) : c(r))),
    ]),
  ) as PyTorchWeights;
}

/** Share of the batch whose argmax head output is the opener. */
export function whoAccuracy(model: Net | PyTorchWeights, batch: Batch, cell?: CellKind): number {
  const net =
    'spec' in model
      ? (model as Net)
      : netFromPyTorch(
          {
            cell: cell!,
            inputSize: 8,
            hiddenSize: WHO_PROTOCOL.hidden,
            numLayers: 1,
            outSize: WHO_NAMES.length,
          },
          model,
        );
  const trace = forwardNet(net, batch.input, 'last');
  const K = WHO_NAMES.length;
  const y = (batch.targets as { y: Int32Array }).y;
  let right = 0;
  for (let b = 0; b < batch.input.B; b++) {
    if (argMax(trace.logits, b * K, K) === y[b]) right++;
  }
  return right / batch.input.B;
}
