/**
 * From configuration to everything the views show: the selected cell's full trace, and the
 * first token's influence curve for all three cells on the same sequence (the memory chart).
 * Computed once per configuration; selecting a step never recomputes.
 */
import { influenceOfInput, initModel, modelFromPyTorch, runForward } from '../engine';
import type { TrainedBundle } from '../lab/labSession';
import type { Model, Trace } from '../engine';
import { engineCell, perFamily } from './config';
import { bidirectionalTrace, bpttBase } from './deepDive';
import type { BpttBase } from './deepDive';
import type { AppConfig, CellFamily } from './config';
import { FALLBACK_WORDS, parseSequence } from './sequence';

export interface MemoryCurve {
  family: CellFamily;
  /** Entry t = ‖d h_t / d x_1‖_F (t 0-based). */
  influence: Float64Array;
  /** Steps after step 1 until the influence first falls to half its step-1 value; null if it never does. */
  halfLife: number | null;
}

export interface Run {
  config: AppConfig;
  labels: string[];
  messages: string[];
  /** The selected cell's trace. */
  trace: Trace;
  /** All three cells on the same sequence (the comparisons and deep-dive views use them). */
  traces: Record<CellFamily, Trace>;
  memory: Record<CellFamily, MemoryCurve>;
  /** Set when the timeline shows models trained in the lab instead of random weights. */
  trained: TrainedBundle | null;
  /** Per cell, the gradient-flow numbers behind the BPTT view (any window, any clip). */
  bptt: Record<CellFamily, BpttBase>;
  /**
   * Per cell, the backward lane of the same cell made bidirectional (T × H, time order); its
   * forward lane is exactly `traces[cell]` (tests/state/deepDive.test.ts).
   */
  reverse: Record<CellFamily, Float64Array>;
  /** With trained weights only: the random bidirectional cell's forward lane (not the trained cell). */
  trainedForward?: Record<CellFamily, Float64Array>;
}

export function buildModel(config: AppConfig, family: CellFamily, inputSize: number, bidirectional = false): Model {
  const H = config.hidden;
  const model = initModel(
    { cell: engineCell(family, config.nonlinearity), inputSize, hiddenSize: H, numLayers: 1, bidirectional },
    config.seed,
  );
  // initModel draws streams in order, so the forward stream is the same with or without a reverse one.
  for (const s of model.streams) {
    const p = model.params[s.key];
    for (let i = 0; i < p.wHh.length; i++) p.wHh[i] *= config.weightScale;
    if (family === 'gru') {
      // Update block is rows H..2H (gate order r, z, n): shift b_iz, keep PyTorch's random init under it.
      for (let j = H; j < 2 * H; j++) p.bIh[j] += config.updateBias;
    }
    if (family === 'lstm') {
      // Forget block is rows H..2H (gate order i, f, g, o); the knob sets the total forget bias.
      for (let j = H; j < 2 * H; j++) {
        p.bIh[j] = config.forgetBias;
        p.bHh[j] = 0;
      }
    }
  }
  return model;
}

function memoryCurve(family: CellFamily, trace: Trace): MemoryCurve {
  const influence = influenceOfInput(trace, 'l0', 0);
  return { family, influence, halfLife: halfLife(influence) };
}

/** Each cell made bidirectional (random weights from the config) on these inputs: its two lanes. */
function bidirectionalLanes(config: AppConfig, x: Float64Array, inputSize: number) {
  return perFamily((cell) => bidirectionalTrace({ ...config, cell }, x, inputSize).streams);
}

export function halfLife(influence: Float64Array): number | null {
  const half = influence[0] / 2;
  for (let t = 1; t < influence.length; t++) if (influence[t] <= half) return t;
  return null;
}

export function computeRun(config: AppConfig): Run {
  const seq = parseSequence(config.input.mode, config.input.text, config.seed);
  const traces = perFamily((family) => runForward(buildModel(config, family, seq.inputSize), seq.x));
  const lanes = bidirectionalLanes(config, seq.x, seq.inputSize);
  return {
    config, labels: seq.labels, messages: seq.messages, trace: traces[config.cell], traces, trained: null,
    memory: perFamily((f) => memoryCurve(f, traces[f])),
    bptt: perFamily((f) => bpttBase(traces[f])),
    reverse: perFamily((f) => lanes[f].l0_reverse.h),
  };
}

const FAMILY_OF: Record<string, CellFamily> = { rnn_tanh: 'vanilla', rnn_relu: 'vanilla', lstm: 'lstm', gru: 'gru' };

/** The lab's trained models on one sequence of their task: the same Run shape, so every view works. */
export function computeTrainedRun(config: AppConfig, bundle: TrainedBundle): Run {
  const x = Float64Array.from(bundle.x);
  const traces = {} as Record<CellFamily, Trace>;
  for (const m of bundle.models) traces[FAMILY_OF[m.cell]] = runForward(modelFromPyTorch(m.spec, m.weights), x);
  const messages = [`Trained weights: ${bundle.title}. ${bundle.models.map((m) => m.note).join('; ')}.`];
  // The lab trains one direction only: the bidirectional view runs a random bidirectional cell of
  // the page's hidden size on the same inputs, and says so.
  const lanes = bidirectionalLanes(config, x, traces.vanilla.model.spec.inputSize);
  return {
    config, labels: bundle.labels, messages, trace: traces[config.cell], traces, trained: bundle,
    memory: perFamily((f) => memoryCurve(f, traces[f])),
    bptt: perFamily((f) => bpttBase(traces[f])),
    reverse: perFamily((f) => lanes[f].l0_reverse.h),
    trainedForward: perFamily((f) => lanes[f].l0.h),
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
    const fallback = computeRun({ ...config, input: { mode: 'words', text: FALLBACK_WORDS }, hidden: 8, weightScale: 1 });
    return { ...fallback, messages: [`Could not run this configuration (${(e as Error).message}); showing a default sentence instead.`] };
  }
}
