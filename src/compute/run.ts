/**
 * From configuration to everything the views show: the selected cell's full trace, and, for all
 * three cells on the same sequence, how far the memory moves when the first token is swapped (the
 * memory chart), the gradient signal ‖∂h_t/∂x_1‖ and the BPTT numbers (level 2–3).
 * Computed once per configuration; selecting a step never recomputes.
 */
import { embedToken, influenceOfInput, initModel, modelFromPyTorch, runForward } from '../engine';
import { linearHead, softmaxInPlace } from '../engine/head';
import type { TrainedBundle } from '../state/trainedBundle';
import type { Trace } from '../engine';
import { CELL_FAMILIES, CELL_LABELS, engineCell, perFamily } from '../state/config';
import { listOf, said } from '../i18n/t';
import type { Said } from '../i18n/t';
import { familyOf } from '../engine/cells/vocabulary';
import { buildModel } from './buildModel';
import { bidirectionalTrace, lagTerms, truncatedProfile } from './deepDive';
import type { TruncatedProfile } from './deepDive';
import type { AppConfig, CellFamily } from '../state/config';
import { FALLBACK_WORDS, parseSequence } from '../state/sequence';

/** One measure per step for one cell (entry t is step t + 1). */
export interface MemoryCurve {
  family: CellFamily;
  values: Float64Array;
  /**
   * Steps it takes to halve at the curve's average rate from step 1 to the last step; null if the
   * last value is not below the first. Averaged, not "first step below half", so an early dip does
   * not count as forgetting: cells order by it exactly as their lines end (the table beside them).
   */
  halfLife: number | null;
}

/** The "swap the first word" experiment: the run repeated with another first token. */
export interface FirstTokenSwap {
  /** The first token and what replaced it ("Alice" → "Bob"). */
  from: string;
  to: string;
  /** What a token is called on the page: a sine wave's tokens are values, not words. */
  noun: 'word' | 'value' | 'character';
}

/** One gate over every unit and step of a run: its mean, and the shares near closed and near open. */
export interface GateStats {
  mean: number;
  /** Share of values above 0.9 (PyTorch's f or z keeps the old state). */
  above09: number;
  below01: number;
  /** Share of values between 0.25 and 0.75: a gate that mostly lets half through decides little. */
  middle: number;
}

/** Stats of gate block `block` (LSTM f: 1 of 4; GRU z: 1 of 3) of a trace. */
export function gateStats(trace: Trace, block: number): GateStats {
  const tr = trace.streams.l0;
  const { T, H, G } = tr;
  let sum = 0;
  let hi = 0;
  let lo = 0;
  let mid = 0;
  for (let t = 0; t < T; t++) {
    for (let j = 0; j < H; j++) {
      const v = tr.gates[t * G * H + block * H + j];
      sum += v;
      if (v > 0.9) hi++;
      if (v < 0.1) lo++;
      if (v >= 0.25 && v <= 0.75) mid++;
    }
  }
  const n = T * H;
  return { mean: sum / n, above09: hi / n, below01: lo / n, middle: mid / n };
}

export interface Run {
  config: AppConfig;
  labels: string[];
  /** Notices beside the timeline, worded where shown (`wordsOf`): the run may come from a worker. */
  messages: Said[];
  /** The selected cell's trace. */
  trace: Trace;
  /** Every cell on the same sequence (the comparisons and deep-dive views use them). */
  traces: Record<CellFamily, Trace>;
  /**
   * Per cell, ‖h_t − h′_t‖: how far the memory moves at each step when only the first token is
   * swapped (h′ is the same cell on the sequence with `swap.to` first). What a beginner reads as memory.
   */
  memory: Record<CellFamily, MemoryCurve>;
  swap: FirstTokenSwap;
  /** Set when the timeline shows trained models (the lab's or the shipped ones) instead of random weights. */
  trained: TrainedBundle | null;
  /**
   * With a classifier head (the trained "who did it?" models): per cell, the head's class
   * probabilities if the sentence ended at each step (T x classes.length); null otherwise.
   */
  /** The trained models' answers at every step, for the cells the bundle trained. */
  answers: { classes: string[]; probs: Partial<Record<CellFamily, Float64Array>> } | null;
  /**
   * With trained models: the LSTM's forget gate and the GRU's update gate on this sequence, before
   * training (the same architecture at PyTorch's default initialisation, where training started)
   * and after. Null for random weights.
   */
  gateShift: {
    lstm: { before: GateStats; after: GateStats };
    gru: { before: GateStats; after: GateStats };
  } | null;
  /**
   * The seed of the deep views' extra random models (the minGRU). Levels 2 and 3's quantities are
   * not in the Run: at full size they are ~80% of its cost, so they are computed only while a deep
   * level is open (DeepRun, `computeDeep`, in the worker) and kept beside it.
   */
  deepSeed: number;
}

/** What levels 2 and 3 draw, computed from a Run on demand (computeDeep). */
export interface DeepRun {
  /**
   * Per cell, the gradient signal ‖∂h_t/∂x_1‖_F (includes the direct step-1 term, and the c path for
   * the LSTM): sensitivity, not stored information. Plus a minGRU on the same inputs (level 2).
   */
  gradient: Record<CellFamily, MemoryCurve> | null;
  /** Per cell, the norm of each step's term in the parameter gradient of L = sum(h_T) (lagTerms). */
  lags: Record<CellFamily, Float64Array>;
  /** Per cell, full BPTT with a loss on every step (the BPTT view computes other windows on demand). */
  bptt: Record<CellFamily, TruncatedProfile>;
  /**
   * Per cell, the backward lane of the same cell made bidirectional (T × H, time order); its
   * forward lane is exactly `traces[cell]` (tests/state/deepDive.test.ts).
   */
  reverse: Record<CellFamily, Float64Array>;
  /** With trained weights only: the random bidirectional cell's forward lane (not the trained cell). */
  trainedForward?: Record<CellFamily, Float64Array>;
}

function curve(family: MemoryCurve['family'], values: Float64Array): MemoryCurve {
  return { family, values, halfLife: halfLife(values) };
}

/** Widest input the gradient signal is computed for (one forward-mode sweep per input dimension). */
export const GRADIENT_MAX_INPUT = 32;

/** ‖h_t − h′_t‖ per step, for two runs of the same model. */
export function stateDistance(a: Trace, b: Trace): Float64Array {
  const H = a.model.spec.hiddenSize;
  const ha = a.streams.l0.h;
  const hb = b.streams.l0.h;
  return Float64Array.from({ length: a.T }, (_, t) => {
    let s = 0;
    for (let j = t * H; j < (t + 1) * H; j++) s += (ha[j] - hb[j]) ** 2;
    return Math.sqrt(s);
  });
}

const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  ),
);

/** The word put in place of the first one, of its own kind: a function word, a number, else a name. */
export function swapWord(first: string): string {
  const w = first.toLowerCase();
  if (w === 'the') return 'a';
  if (w === 'a') return 'the';
  // "one two three …" swapped for "Bob" would test a name, not the first number.
  if (NUMBER_WORDS.has(w)) return w === 'zero' ? 'one' : 'zero';
  return w === 'bob' ? 'Alice' : 'Bob';
}

/** Trained models read words ("who did it?") or characters (the observatory's). */
const trainedNoun = (labels: string[]): 'word' | 'character' =>
  [...(labels[0] ?? '')].length <= 1 ? 'character' : 'word';

/** The inputs with the first token replaced, and what replaced it. */
export function swappedInputs(
  x: Float64Array,
  inputSize: number,
  labels: string[],
  mode: 'words' | 'numbers' | 'trained',
  seed: number,
) {
  const y = x.slice();
  if (mode === 'words') {
    const to = swapWord(labels[0]);
    y.set(embedToken(to, inputSize, seed), 0);
    return { x: y, swap: { from: labels[0], to, noun: 'word' as const } };
  }
  if (mode === 'numbers') {
    y[0] = x[0] + 1;
    return { x: y, swap: { from: labels[0], to: String(+(x[0] + 1).toFixed(3)), noun: 'value' as const } };
  }
  // Trained models read their task's encoding: put in the first later token that differs.
  for (let t = 1; t < labels.length; t++) {
    const row = x.subarray(t * inputSize, (t + 1) * inputSize);
    if (row.some((v, i) => v !== x[i])) {
      y.set(row, 0);
      return { x: y, swap: { from: labels[0], to: labels[t], noun: trainedNoun(labels) } };
    }
  }
  y[0] += 1;
  return { x: y, swap: { from: labels[0], to: `${labels[0]} (first input +1)`, noun: trainedNoun(labels) } };
}

/** Everything a run derives from its three traces and its inputs (sentence and trained runs alike). */
function derived(
  traces: Record<CellFamily, Trace>,
  x: Float64Array,
  inputSize: number,
  labels: string[],
  mode: 'words' | 'numbers' | 'trained',
  seed: number,
) {
  const swapped = swappedInputs(x, inputSize, labels, mode, seed);
  return {
    memory: perFamily((f) => curve(f, stateDistance(traces[f], runForward(traces[f].model, swapped.x)))),
    swap: swapped.swap,
  };
}

/** Levels 2 and 3's quantities for a run (see DeepRun): one call per run, in the worker. */
export function computeDeep(run: Run): DeepRun {
  const { traces } = run;
  const x = traces.vanilla.x;
  const inputSize = traces.vanilla.model.spec.inputSize;
  // The lab trains one direction only: with trained weights the bidirectional view runs a random
  // bidirectional cell of the page's hidden size on the same inputs, and says so.
  const lanes = bidirectionalLanes(run.config, x, inputSize);
  return {
    // Forward mode takes one sweep per input dimension: cheap for 8-number word vectors, seconds
    // for the observatory's 96-wide one-hot characters — there the view says it was not computed.
    gradient:
      inputSize <= GRADIENT_MAX_INPUT
        ? perFamily((f) => curve(f, influenceOfInput(traces[f], 'l0', 0)))
        : null,
    lags: perFamily((f) => lagTerms(traces[f])),
    bptt: perFamily((f) => truncatedProfile(traces[f], null)),
    reverse: perFamily((f) => lanes[f].l0_reverse.h),
    ...(run.trained ? { trainedForward: perFamily((f) => lanes[f].l0.h) } : {}),
  };
}

/** Each cell made bidirectional (random weights from the config) on these inputs: its two lanes. */
function bidirectionalLanes(config: AppConfig, x: Float64Array, inputSize: number) {
  return perFamily((cell) => bidirectionalTrace({ ...config, cell }, x, inputSize).streams);
}

export function halfLife(values: Float64Array): number | null {
  const T = values.length;
  if (T < 2 || !(values[0] > 0)) return null;
  const last = values[T - 1];
  if (!(last < values[0])) return null;
  // Per step the curve keeps (last / first)^(1/(T−1)) on average; halving takes ln ½ / ln of that.
  if (last <= 0) return 0;
  return ((T - 1) * Math.LN2) / Math.log(values[0] / last);
}

export function computeRun(config: AppConfig): Run {
  const seq = parseSequence(config.input.mode, config.input.text, config.seed);
  const traces = perFamily((family) => runForward(buildModel(config, family, seq.inputSize), seq.x));
  return {
    config,
    labels: seq.labels,
    messages: seq.messages,
    trace: traces[config.cell],
    traces,
    trained: null,
    answers: null,
    gateShift: null,
    ...derived(traces, seq.x, seq.inputSize, seq.labels, config.input.mode, config.seed),
    deepSeed: config.seed,
  };
}

/** The trained LSTM's f and GRU's z against the same cells at PyTorch's default initialisation, on the same inputs. */
function gateShiftOf(traces: Record<CellFamily, Trace>, x: Float64Array): Run['gateShift'] {
  const shift = (f: 'lstm' | 'gru') => {
    const spec = traces[f].model.spec;
    const before = runForward(initModel(spec, 1), x);
    return { before: gateStats(before, 1), after: gateStats(traces[f], 1) };
  };
  return { lstm: shift('lstm'), gru: shift('gru') };
}

/** softmax(weight · h_t + bias) at every step: what a last-step classifier would answer if the sequence ended there. */
export function headProbs(trace: Trace, head: { weight: number[][]; bias: number[] }): Float64Array {
  const { T } = trace;
  const H = trace.model.spec.hiddenSize;
  const K = head.bias.length;
  const out = new Float64Array(T * K);
  const w = Float64Array.from(head.weight.flat());
  const b = Float64Array.from(head.bias);
  for (let t = 0; t < T; t++) {
    linearHead(out, t * K, w, b, K, trace.streams.l0.h, t * H, H);
    softmaxInPlace(out, t * K, K);
  }
  return out;
}

/** The lab's trained models on one sequence of their task: the same Run shape, so every view works. */
export function computeTrainedRun(config: AppConfig, bundle: TrainedBundle): Run {
  const x = Float64Array.from(bundle.x);
  const traces = {} as Record<CellFamily, Trace>;
  for (const m of bundle.models)
    traces[familyOf(m.cell)] = runForward(modelFromPyTorch(m.spec, m.weights), x);
  const messages: Said[] = [
    `Trained weights: ${bundle.title}. ${bundle.models.map((m) => m.note).join('; ')}.`,
  ];
  // A bundle without some cell (the observatory has no vanilla character model): that slot runs
  // random weights of the same size on the same inputs, and the message says so.
  const spec = bundle.models[0].spec;
  const missing = CELL_FAMILIES.filter((f) => !traces[f]);
  for (const f of missing)
    traces[f] = runForward(initModel({ ...spec, cell: engineCell(f, 'tanh') }, config.seed), x);
  if (missing.length > 0) {
    messages.push(
      said('run.noTrained', {
        cells: listOf(
          missing.map((f) => CELL_LABELS[f]),
          'or',
        ),
        count: missing.length,
        seed: config.seed,
      }),
    );
  }
  const inputSize = traces.vanilla.model.spec.inputSize;
  const words = bundle.wordSeed !== undefined;
  return {
    config,
    labels: bundle.labels,
    messages,
    trace: traces[config.cell],
    traces,
    trained: bundle,
    gateShift: missing.includes('lstm') || missing.includes('gru') ? null : gateShiftOf(traces, x),
    answers: bundle.readout
      ? {
          classes: bundle.readout.classes,
          probs: Object.fromEntries(
            bundle.models.map((m, i) => [
              familyOf(m.cell),
              headProbs(traces[familyOf(m.cell)], bundle.readout!.heads[i]),
            ]),
          ),
        }
      : null,
    ...derived(
      traces,
      x,
      inputSize,
      bundle.labels,
      words ? 'words' : 'trained',
      bundle.wordSeed ?? config.seed,
    ),
    deepSeed: bundle.wordSeed ?? config.seed,
  };
}

/**
 * computeRun that never leaves the page blank: should the engine reject something the validators
 * let through, fall back to the default preset and say so.
 */
export function safeComputeRun(config: AppConfig, trained: TrainedBundle | null = null): Run {
  try {
    return trained ? computeTrainedRun(config, trained) : computeRun(config);
  } catch (e) {
    const fallback = computeRun({
      ...config,
      input: { mode: 'words', text: FALLBACK_WORDS },
      hidden: 8,
      weightScale: 1,
    });
    return {
      ...fallback,
      messages: [said('run.couldNotRun', { error: (e as Error).message })],
    };
  }
}
