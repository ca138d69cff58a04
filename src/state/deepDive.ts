/**
 * The numbers behind the level 2–3 visuals, computed by the engine from the reader's own
 * configuration: gradient flow under truncation and clipping, a bidirectional pass, and a small
 * encoder–decoder with dot-product attention.
 */
import { embedTokens, initModel, runBackward, runForward } from '../engine';
import type { StreamParams, Trace } from '../engine';
import { norm } from '../engine/linalg';
import { engineCell } from './config';
import type { AppConfig } from './config';
import { buildModel } from './run';

export interface BpttProfile {
  /**
   * Per step, ‖∂L/∂h_t‖ for L = sum(h_T) (0 where truncation cuts). Clipping does not change it:
   * clip_grad_norm_ rescales the parameter gradient after backpropagation, not the signal that
   * flows back through the states.
   */
  stepNorms: Float64Array;
  /** Global norm of the parameter gradient before clipping. */
  totalNorm: number;
  /** Global norm after clipping: min(totalNorm, threshold). */
  clippedNorm: number;
  /** The rescale factor clipping applied (1 when it did not engage). */
  factor: number;
  /** Steps that receive any gradient. */
  receiving: number;
}

export interface BpttOptions {
  /** Detach the state every k steps (truncated BPTT); undefined for full BPTT. */
  window?: number;
  /** Clip the global gradient norm to this value (as torch.nn.utils.clip_grad_norm_); undefined: off. */
  clip?: number;
}

/** Global norm of one stream's parameter gradient (as clip_grad_norm_ measures it over these four tensors). */
export function paramNorm(p: StreamParams): number {
  let sq = 0;
  for (const a of [p.wIh, p.wHh, p.bIh, p.bHh]) for (let i = 0; i < a.length; i++) sq += a[i] * a[i];
  return Math.sqrt(sq);
}

/**
 * Everything the BPTT view needs for any truncation window and clipping threshold, from one full
 * backward pass. For L = sum(h_T) with the state detached every k steps, the last chunk (from
 * floor((T−1)/k)·k) receives exactly the full pass's ∂L/∂h_t and earlier steps none; the parameter
 * gradient is the sum of the last chunk's per-step contributions — so the norm of the partial sums
 * of the full pass, taken from the last step down, gives every window's total norm.
 * (tests/state/deepDive.test.ts checks this against truncated backward passes, one per window.)
 */
export interface BpttBase {
  /** ‖∂L/∂h_t‖ under full BPTT. */
  stepNorms: Float64Array;
  /** Entry t: ‖Σ_{s ≥ t} (step s's parameter-gradient contribution)‖. */
  partialNorms: Float64Array;
}

export function bpttBase(trace: Trace): BpttBase {
  const T = trace.T;
  const partialNorms = new Float64Array(T);
  const g = runBackward(trace, { kind: 'sum_last' }, {
    onStep: (key, t, p) => {
      if (key === 'l0') partialNorms[t] = paramNorm(p);
    },
  });
  const H = trace.model.spec.hiddenSize;
  const stepNorms = new Float64Array(T);
  for (let t = 0; t < T; t++) stepNorms[t] = norm(g.streams.l0.h, t * H, H);
  return { stepNorms, partialNorms };
}

/** bpttProfile's result from a precomputed base: O(T), so the window and clip sliders cost nothing. */
export function profileFromBase(base: BpttBase, opts: BpttOptions): BpttProfile {
  const T = base.stepNorms.length;
  const k = opts.window;
  const start = k !== undefined && k < T ? Math.floor((T - 1) / k) * k : 0;
  const totalNorm = base.partialNorms[start];
  const factor = opts.clip !== undefined && totalNorm > opts.clip ? opts.clip / totalNorm : 1;
  const stepNorms = new Float64Array(T);
  let receiving = 0;
  for (let t = start; t < T; t++) {
    stepNorms[t] = base.stepNorms[t];
    if (stepNorms[t] > 0) receiving++;
  }
  return { stepNorms, totalNorm, clippedNorm: totalNorm * factor, factor, receiving };
}

/** The same cell, read in both directions; its forward half is exactly the main view's cell. */
export function bidirectionalTrace(config: AppConfig, x: Float64Array, inputSize: number): Trace {
  return runForward(buildModel(config, config.cell, inputSize, true), x);
}

export interface Seq2Seq {
  source: string[];
  target: string[];
  /** target.length x source.length attention weights; each row sums to 1. */
  attention: number[][];
  /** Hidden size: the whole source squeezed into this many numbers without attention. */
  bottleneck: number;
}

export const MAX_SEQ2SEQ = 10;

/**
 * An untrained GRU encoder–decoder on the task "reverse the sentence": the decoder starts from
 * the encoder's final state (the bottleneck) and, at each output step, scores every encoder state
 * by a scaled dot product with its own state, softmaxed into attention weights.
 */
export function seq2seq(config: AppConfig, labels: string[]): Seq2Seq {
  const source = labels.slice(0, MAX_SEQ2SEQ);
  const target = [...source].reverse();
  const H = Math.max(4, Math.min(config.hidden, 16));
  const I = 8;
  const spec = { cell: engineCell('gru', 'tanh'), inputSize: I, hiddenSize: H, numLayers: 1, bidirectional: false };
  const enc = runForward(initModel(spec, config.seed + 11), embedTokens(source, I, config.seed));
  const h0 = enc.streams.l0.h.slice((source.length - 1) * H, source.length * H);
  // Teacher forcing: the decoder reads <s> then the previous target word.
  const decIn = embedTokens(['<s>', ...target.slice(0, -1)], I, config.seed);
  const dec = runForward(initModel(spec, config.seed + 12), decIn, { h0 });
  const attention = target.map((_, j) => {
    const d = dec.streams.l0.h.subarray(j * H, (j + 1) * H);
    const scores = source.map((_, i) => {
      let s = 0;
      for (let u = 0; u < H; u++) s += d[u] * enc.streams.l0.h[i * H + u];
      return s / Math.sqrt(H);
    });
    const m = Math.max(...scores);
    const e = scores.map((s) => Math.exp(s - m));
    const z = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / z);
  });
  return { source, target, attention, bottleneck: H };
}
