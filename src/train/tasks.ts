/**
 * Memory tasks, each a seeded generator of mini-batches with the level a model reaches without
 * memory (its baseline) stated, and the rule that calls a run "solved".
 */
import { seededRandom } from '../engine/random';
import type { SeededRandom } from '../engine/random';
import type { LossKind } from './losses';
import type { HeadOn } from './network';
import type { Batch } from './step';

import type { TaskId } from './settings';

export type { TaskId };

export interface TaskInfo {
  id: TaskId;
  name: string;
  /** One sentence: what the model sees and must output. */
  description: string;
  source: string;
  inputSize: number;
  outSize: number;
  loss: LossKind;
  on: HeadOn;
  /** The metric the baseline and "solved" refer to. */
  metric: 'mse' | 'accuracy' | 'cross_entropy';
  /** What a model without memory reaches, for a sequence of length T. */
  baseline(T: number): number;
  baselineLabel: string;
  /** Solved when the smoothed metric passes this level. */
  solveAt(T: number): number;
  solveLabel: string;
  /**
   * What the lab measured on this task with its default settings (bench/train.bench.mts prints
   * it; tests/train/outcomes.science.test.ts checks seed 1 of it), shown beside the task; null if not measured.
   */
  measured: string | null;
  /** Total steps the model reads for a task length T (the copy task adds 20). */
  seqLen(T: number): number;
  minT: number;
  maxT: number;
  sample(rng: SeededRandom, B: number, T: number): Batch;
  /** A label per step of one sequence (x: seqLen x inputSize), for the timeline. */
  stepLabels(x: ArrayLike<number>, T: number): string[];
}

/** Labels of one-hot rows by symbol name. */
function symbolLabels(names: readonly string[]) {
  return (x: ArrayLike<number>, T: number): string[] =>
    Array.from({ length: T }, (_, t) => {
      let arg = 0;
      for (let i = 1; i < names.length; i++) if (x[t * names.length + i] > x[t * names.length + arg]) arg = i;
      return names[arg];
    });
}

/** Every task but the copy task reads exactly T steps, for T from 5 to 500. */
const SAME_LENGTH: Pick<TaskInfo, 'seqLen' | 'minT' | 'maxT'> = { seqLen: (T) => T, minT: 5, maxT: 500 };

const int = (rng: SeededRandom, n: number): number => Math.min(n - 1, Math.floor(rng.uniform(0, n)));

/** Two positions: one in [0, T/2), one in [T/2, T). */
function twoMarks(rng: SeededRandom, T: number): [number, number] {
  const half = Math.floor(T / 2);
  return [int(rng, Math.max(1, half)), half + int(rng, T - half)];
}

/**
 * Temporal order's relevant positions as Hochreiter & Schmidhuber's experiment 6a places them
 * (t1 in [10, 20], t2 in [50, 60] of 100–110 steps), scaled to T: t1 in [0.1T, 0.2T), t2 in
 * [0.5T, 0.6T). The second symbol then lies at least 0.4·T steps before the answer.
 */
function orderMarks(rng: SeededRandom, T: number): [number, number] {
  const span = (a: number, b: number) =>
    Math.floor(a * T) + int(rng, Math.max(1, Math.floor(b * T) - Math.floor(a * T)));
  return [span(0.1, 0.2), span(0.5, 0.6)];
}

const ADDING: TaskInfo = {
  id: 'adding',
  name: 'Adding problem',
  description:
    'Each step reads two numbers: a random value between 0 and 1, and a marker that is 1 at exactly two steps (one in each half) and 0 elsewhere. At the end, output the sum of the two marked values.',
  source: 'Hochreiter & Schmidhuber 1997; the form of Le, Jaitly & Hinton 2015',
  inputSize: 2,
  outSize: 1,
  loss: 'mse',
  on: 'last',
  metric: 'mse',
  // Always answering the mean (1) leaves the variance of a sum of two U(0,1): 2/12.
  baseline: () => 1 / 6,
  baselineLabel: 'predict the mean: MSE 0.167',
  solveAt: () => 0.01,
  solveLabel: 'MSE below 0.01',
  measured:
    'Measured at T = 50 with the defaults but 1,500 updates, seeds 1–3: the GRU solves it (median update 249), the LSTM too after a plateau at the baseline (median update 632), the vanilla RNN stays at the baseline.',
  ...SAME_LENGTH,
  sample(rng, B, T) {
    const x = new Float64Array(B * T * 2);
    const y = new Float64Array(B);
    for (let b = 0; b < B; b++) {
      for (let t = 0; t < T; t++) x[(b * T + t) * 2] = rng.uniform(0, 1);
      const [p, q] = twoMarks(rng, T);
      x[(b * T + p) * 2 + 1] = 1;
      x[(b * T + q) * 2 + 1] = 1;
      y[b] = x[(b * T + p) * 2] + x[(b * T + q) * 2];
    }
    return { input: { B, T, x }, targets: { kind: 'mse', y } };
  },
  // The value, starred where the marker is on.
  stepLabels: (x, T) =>
    Array.from({ length: T }, (_, t) => `${x[t * 2].toFixed(2)}${x[t * 2 + 1] === 1 ? '★' : ''}`),
};

/** One-hot rows of symbol ids. */
function oneHot(ids: Int32Array, I: number): Float64Array {
  const x = new Float64Array(ids.length * I);
  ids.forEach((s, n) => (x[n * I + s] = 1));
  return x;
}

const ORDER_DISTRACTORS = 4;
const TEMPORAL_ORDER: TaskInfo = {
  id: 'temporal_order',
  name: 'Temporal order',
  description:
    'Symbols X or Y appear twice among distractors, early (in the second tenth of the sequence) and in the middle (the sixth tenth); classify the order: XX, XY, YX or YY.',
  source: 'Hochreiter & Schmidhuber 1997',
  inputSize: 2 + ORDER_DISTRACTORS,
  outSize: 4,
  loss: 'cross_entropy',
  on: 'last',
  metric: 'accuracy',
  baseline: () => 0.25,
  baselineLabel: 'chance: 25% (4 classes)',
  solveAt: () => 0.95,
  solveLabel: 'accuracy above 95%',
  measured:
    'Measured at T = 50, seeds 1–3, 2,000 updates: the GRU solves it (updates 307–674) and the vanilla RNN stays at chance. The LSTM with forget bias 1 solves it for none of the 3 (one reaches 74%, the others stay at chance); with chrono initialisation it solves all 3, by update 119–178 — the initialisation decides.',
  ...SAME_LENGTH,
  sample(rng, B, T) {
    const ids = new Int32Array(B * T);
    const y = new Int32Array(B);
    for (let b = 0; b < B; b++) {
      for (let t = 0; t < T; t++) ids[b * T + t] = 2 + int(rng, ORDER_DISTRACTORS);
      const [p, q] = orderMarks(rng, T);
      const first = int(rng, 2);
      const second = int(rng, 2);
      ids[b * T + p] = first;
      ids[b * T + q] = second;
      y[b] = first * 2 + second;
    }
    return { input: { B, T, x: oneHot(ids, this.inputSize) }, targets: { kind: 'cross_entropy', y } };
  },
  stepLabels: symbolLabels(['X', 'Y', 'a', 'b', 'c', 'd']),
};

const FIRST_K = 4;
const FIRST_DISTRACTORS = 4;
const REMEMBER_FIRST: TaskInfo = {
  id: 'remember_first',
  name: 'Remember the first token',
  description:
    'The first step is one of 4 symbols, every later step a random distractor; name the first symbol at the end.',
  source: 'a classic long-range recall probe',
  inputSize: FIRST_K + FIRST_DISTRACTORS,
  outSize: FIRST_K,
  loss: 'cross_entropy',
  on: 'last',
  metric: 'accuracy',
  baseline: () => 1 / FIRST_K,
  baselineLabel: 'chance: 25% (4 symbols)',
  measured: null,
  solveAt: () => 0.95,
  solveLabel: 'accuracy above 95%',
  ...SAME_LENGTH,
  sample(rng, B, T) {
    const ids = new Int32Array(B * T);
    const y = new Int32Array(B);
    for (let b = 0; b < B; b++) {
      y[b] = int(rng, FIRST_K);
      ids[b * T] = y[b];
      for (let t = 1; t < T; t++) ids[b * T + t] = FIRST_K + int(rng, FIRST_DISTRACTORS);
    }
    return { input: { B, T, x: oneHot(ids, this.inputSize) }, targets: { kind: 'cross_entropy', y } };
  },
  stepLabels: symbolLabels(['A', 'B', 'C', 'D', 'w', 'x', 'y', 'z']),
};

const PARITY: TaskInfo = {
  id: 'parity',
  name: 'Running parity',
  description:
    'A stream of bits; at every step output whether the number of 1s so far is odd (a dense target at every step).',
  source: 'a standard dense-target memory task',
  inputSize: 2,
  outSize: 2,
  loss: 'cross_entropy',
  on: 'all',
  metric: 'accuracy',
  baseline: () => 0.5,
  baselineLabel: 'chance: 50% per step',
  solveAt: () => 0.99,
  solveLabel: 'accuracy above 99% over all steps',
  measured: null,
  ...SAME_LENGTH,
  sample(rng, B, T) {
    const ids = new Int32Array(B * T);
    const y = new Int32Array(B * T);
    for (let b = 0; b < B; b++) {
      let parity = 0;
      for (let t = 0; t < T; t++) {
        const bit = int(rng, 2);
        parity ^= bit;
        ids[b * T + t] = bit;
        y[b * T + t] = parity;
      }
    }
    return { input: { B, T, x: oneHot(ids, 2) }, targets: { kind: 'cross_entropy', y } };
  },
  stepLabels: symbolLabels(['0', '1']),
};

const COPY_LEN = 10;
const COPY_SYMBOLS = 8;
const COPY: TaskInfo = {
  id: 'copy',
  name: 'Copy task',
  description: `Read ${COPY_LEN} symbols (of ${COPY_SYMBOLS}), wait T blank steps, see a delimiter, then write the ${COPY_LEN} symbols back; blanks are the target everywhere else.`,
  source: 'Arjovsky, Shah & Bengio 2016',
  inputSize: COPY_SYMBOLS + 2,
  outSize: COPY_SYMBOLS + 1,
  loss: 'cross_entropy',
  on: 'all',
  metric: 'cross_entropy',
  // Output blanks, then guess uniformly among 8 symbols for the 10 recalled steps.
  baseline: (T) => (COPY_LEN * Math.log(COPY_SYMBOLS)) / (T + 2 * COPY_LEN),
  baselineLabel: 'memoryless: 10·ln 8 / (T + 20)',
  solveAt: (T) => (0.1 * COPY_LEN * Math.log(COPY_SYMBOLS)) / (T + 2 * COPY_LEN),
  solveLabel: 'cross-entropy below a tenth of the baseline',
  measured: null,
  seqLen: (T) => T + 2 * COPY_LEN,
  minT: 5,
  maxT: 500,
  sample(rng, B, T) {
    const L = T + 2 * COPY_LEN;
    const blank = COPY_SYMBOLS;
    const delim = COPY_SYMBOLS + 1;
    const ids = new Int32Array(B * L).fill(blank);
    const y = new Int32Array(B * L).fill(blank);
    for (let b = 0; b < B; b++) {
      for (let k = 0; k < COPY_LEN; k++) {
        const s = int(rng, COPY_SYMBOLS);
        ids[b * L + k] = s;
        y[b * L + T + COPY_LEN + k] = s;
      }
      ids[b * L + T + COPY_LEN - 1] = delim;
    }
    return { input: { B, T: L, x: oneHot(ids, this.inputSize) }, targets: { kind: 'cross_entropy', y } };
  },
  stepLabels: symbolLabels(['1', '2', '3', '4', '5', '6', '7', '8', '_', '=']),
};

export const TASKS: readonly TaskInfo[] = [ADDING, TEMPORAL_ORDER, REMEMBER_FIRST, PARITY, COPY];

export function taskById(id: TaskId): TaskInfo {
  return TASKS.find((t) => t.id === id) ?? ADDING;
}

/** A fixed held-out set: the same sequences for every cell and every run with this seed. */
export function heldOutBatch(task: TaskInfo, T: number, size: number, seed: number): Batch {
  return task.sample(seededRandom(seed * 7919 + 17), size, T);
}
