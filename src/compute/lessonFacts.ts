/**
 * The facts the guided tour states and the answers to its predictions, computed from the run on the
 * page — never written down — so they follow any change to the run (tests/compute/lessonFacts.test.ts).
 */
import { distance } from '../engine/linalg';
import type { CellFamily } from '../engine/cells/vocabulary';
import type { Run } from './run';
import { answerAt } from './readout';
import { shareOfStep1 } from './stepShare';

/**
 * How much of the swap test's step-1 difference is left: the three answers a reader can give
 * (their words: the tour's catalogue, `kept.*`).
 */
export type Kept = 'most' | 'some' | 'none';

export function keptBin(share: number): Kept {
  if (share > 0.5) return 'most';
  return share >= 0.01 ? 'some' : 'none';
}

/** The share of the step-1 difference a cell still carries at `step`, and its bin. */
export function keptAt(run: Run, cell: CellFamily, step: number): { share: number; kept: Kept } {
  const c = run.memory[cell];
  const t = Math.min(Math.max(0, step), c.values.length - 1);
  const share = shareOfStep1(c, t);
  return { share, kept: keptBin(share) };
}

/** The first token read twice, with its two steps (0-based), or null when no token repeats. */
export function repeatedToken(
  labels: readonly string[],
): { token: string; first: number; second: number } | null {
  const seen = new Map<string, number>();
  for (let t = 0; t < labels.length; t++) {
    const at = seen.get(labels[t]);
    if (at !== undefined) return { token: labels[t], first: at, second: t };
    seen.set(labels[t], t);
  }
  return null;
}

/** How far apart the selected cell's memories are after the two readings of a repeated token. */
export function repeatGap(run: Run): { token: string; first: number; second: number; gap: number } | null {
  const r = repeatedToken(run.labels);
  if (!r) return null;
  const { h, H } = run.trace.streams.l0;
  const gap = distance(
    h.subarray(r.first * H, (r.first + 1) * H),
    h.subarray(r.second * H, (r.second + 1) * H),
  );
  return { ...r, gap };
}

/** The length of the memory after the last step: the hidden size, whatever the sequence's length. */
export const memorySize = (run: Run): number => run.trace.streams.l0.H;

/** Whether the first word's influence grows along the sequence (last step against step 1). */
export function influenceGrows(run: Run, cell: CellFamily): { grows: boolean; first: number; last: number } {
  const v = run.memory[cell].values;
  const first = v[0];
  const last = v[v.length - 1];
  return { grows: last > first, first, last };
}

/**
 * What a trained model's readout answers at `step` and its loss there: the cross-entropy
 * −ln P(right answer), in nats (natural log, as PyTorch's CrossEntropyLoss). Null without a
 * classifier head, for a cell the bundle did not train, or when the sentence's first word is
 * none of the answers.
 */
export function readoutAt(
  run: Run,
  cell: CellFamily,
  step: number,
): { answer: string; p: number; truth: string; pTruth: number; loss: number } | null {
  const a = run.answers;
  const probs = a?.probs[cell];
  if (!a || !probs) return null;
  const K = a.classes.length;
  const t = Math.min(Math.max(0, step), probs.length / K - 1);
  const truthK = a.classes.findIndex((c) => c.toLowerCase() === run.labels[0]?.toLowerCase());
  if (truthK < 0) return null;
  const { k, p } = answerAt(probs, K, t);
  const pTruth = probs[t * K + truthK];
  return {
    answer: a.classes[k],
    p,
    truth: a.classes[truthK],
    pTruth,
    loss: -Math.log(pTruth),
  };
}
