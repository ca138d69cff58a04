/**
 * How the shipped encoder–decoders were trained (scripts/train-seq2seq.ts) and how their accuracy
 * is measured — the script records it, the page states it, the tests re-measure it.
 */
import { seededRandom } from '../../engine/random';
import type { Seq2SeqBatch } from './forward';
import type { Seq2SeqNet } from './model';
import type { Seq2SeqTask } from './tasks';
import { sampleSeq2Seq } from './tasks';
import { decodeScore } from './train';
import type { DecodeScore } from './train';

export const SEQ2SEQ_PROTOCOL = {
  cell: 'gru',
  vocab: 10,
  hidden: 32,
  /** Adam's learning rate, decayed linearly to 0 over the updates (without the decay the loss spikes late). */
  lr: 3e-3,
  clip: 1,
  batch: 32,
  /** Each batch's length, uniform over these (one length per batch, as bucketing does). */
  trainLengths: { min: 1, max: 30 },
  updates: 5000,
  seeds: [1, 2, 3],
  /** Lengths the accuracy is measured at, on held-out sequences (not seen in training: fresh seeds). */
  evalLengths: [5, 10, 15, 20, 30],
  heldOut: { size: 200, seed: 4242 },
} as const;

export function heldOutAt(task: Seq2SeqTask, L: number): Seq2SeqBatch {
  const P = SEQ2SEQ_PROTOCOL;
  return sampleSeq2Seq(task, seededRandom(P.heldOut.seed + L), P.heldOut.size, L, P.vocab);
}

/** Exact-sequence and per-symbol accuracy at each evaluation length (greedy decoding). */
export function scoreByLength(net: Seq2SeqNet, task: Seq2SeqTask): { L: number; score: DecodeScore }[] {
  return SEQ2SEQ_PROTOCOL.evalLengths.map((L) => ({ L, score: decodeScore(net, heldOutAt(task, L)) }));
}
