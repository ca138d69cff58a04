/**
 * What a trained model's readout answers at each step: the class its softmax gives the most
 * probability. One argmax, shared by the answers table, the timeline's answer row and the tour.
 */
import type { CellFamily } from '../engine/cells/vocabulary';
import type { Run } from './run';

/** The class with the highest probability at step t, and that probability. */
export function answerAt(probs: Float64Array, K: number, t: number): { k: number; p: number } {
  let k = 0;
  for (let j = 1; j < K; j++) if (probs[t * K + j] > probs[t * K + k]) k = j;
  return { k, p: probs[t * K + k] };
}

/** One step's readout: the answer it names, its probability, and whether it is the first word. */
export interface StepAnswer {
  answer: string;
  p: number;
  right: boolean;
}

/**
 * The readout's answer at every step for `cell`, or null when the run has no trained readout for
 * that cell (random weights, or a cell the bundle did not train).
 */
export function answersAlong(run: Run, cell: CellFamily): StepAnswer[] | null {
  const a = run.answers;
  const probs = a?.probs[cell];
  if (!a || !probs) return null;
  const K = a.classes.length;
  const first = run.labels[0]?.toLowerCase();
  return Array.from({ length: probs.length / K }, (_, t) => {
    const { k, p } = answerAt(probs, K, t);
    return { answer: a.classes[k], p, right: a.classes[k].toLowerCase() === first };
  });
}
