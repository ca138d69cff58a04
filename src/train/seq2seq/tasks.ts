/**
 * The encoder–decoder's tasks, each a seeded generator of symbol sequences with a known alignment
 * (which source step output step t copies). Symbols are uniform over the vocabulary, so chance is
 * 1/vocab per symbol and (1/vocab)^L for a whole sequence.
 */
import type { SeededRandom } from '../../engine/random';
import type { Seq2SeqBatch } from './forward';

export type Seq2SeqTaskId = 'reverse' | 'swap_pairs';

export interface Seq2SeqTask {
  id: Seq2SeqTaskId;
  label: string;
  /** The source step that output step t copies, for a sequence of length L. */
  alignedTo: (t: number, L: number) => number;
}

export const REVERSE: Seq2SeqTask = {
  id: 'reverse',
  label: 'Reverse the sequence',
  alignedTo: (t, L) => L - 1 - t,
};

/** Swap every pair: (a b c d e) → (b a d c e); an odd last symbol stays. */
export const SWAP_PAIRS: Seq2SeqTask = {
  id: 'swap_pairs',
  label: 'Swap every pair',
  alignedTo: (t, L) => (t % 2 === 0 ? (t + 1 < L ? t + 1 : t) : t - 1),
};

export function targetOf(task: Seq2SeqTask, src: ArrayLike<number>): Int32Array {
  const L = src.length;
  return Int32Array.from({ length: L }, (_, t) => src[task.alignedTo(t, L)]);
}

export function sampleSeq2Seq(
  task: Seq2SeqTask,
  rng: SeededRandom,
  B: number,
  L: number,
  vocab: number,
): Seq2SeqBatch {
  const src = new Int32Array(B * L);
  const tgt = new Int32Array(B * L);
  for (let b = 0; b < B; b++) {
    const row = src.subarray(b * L, (b + 1) * L);
    for (let i = 0; i < L; i++) row[i] = Math.min(vocab - 1, Math.floor(rng.uniform(0, vocab)));
    tgt.set(targetOf(task, row), b * L);
  }
  return { B, L, src, tgt };
}
