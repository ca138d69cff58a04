/**
 * The numbers behind the level 2–3 visuals, computed by the engine from the reader's own
 * configuration: gradient flow under truncation and clipping and a bidirectional pass.
 */
import { runBackward, runForward } from '../engine';
import type { LossSpec, StreamParams, Trace } from '../engine';
import { norm } from '../engine/linalg';
import type { AppConfig } from '../state/config';
import { buildModel } from './buildModel';

/** Global norm of one stream's parameter gradient (as clip_grad_norm_ measures it over these four tensors). */
export function paramNorm(p: StreamParams): number {
  let sq = 0;
  for (const a of [p.wIh, p.wHh, p.bIh, p.bHh]) for (let i = 0; i < a.length; i++) sq += a[i] * a[i];
  return Math.sqrt(sq);
}

const PARAM_KEYS = ['wIh', 'wHh', 'bIh', 'bHh'] as const;

/**
 * One backward pass of the first layer, with the parameter gradient split into segments: entry c is
 * the norm of what the steps from starts[c] up to the next start contributed to it. The backward
 * sweep visits steps from the last down, so at a segment's first step the accumulated gradient is
 * the sum of this and every later segment; the difference from the previous snapshot is this one's.
 */
function segmentNorms(trace: Trace, loss: LossSpec, starts: number[], detachEvery?: number) {
  const first = new Map(starts.map((s, c) => [s, c]));
  const norms = Array.from<number>({ length: starts.length }).fill(0);
  const snapshot = zeroLike(trace.model.params.l0);
  const g = runBackward(trace, loss, {
    detachEvery,
    onStep: (key, t, p) => {
      const c = first.get(t);
      if (key !== 'l0' || c === undefined) return;
      let sq = 0;
      for (const name of PARAM_KEYS) {
        const now = p[name];
        const before = snapshot[name];
        for (let i = 0; i < now.length; i++) {
          const d = now[i] - before[i];
          sq += d * d;
          before[i] = now[i];
        }
      }
      norms[c] = Math.sqrt(sq);
    },
  });
  return { norms, g };
}

function zeroLike(p: StreamParams): StreamParams {
  return {
    wIh: new Float64Array(p.wIh.length),
    wHh: new Float64Array(p.wHh.length),
    bIh: new Float64Array(p.bIh.length),
    bHh: new Float64Array(p.bHh.length),
  };
}

/**
 * Truncated BPTT as the level-3 training loop does it: the sequence is cut into chunks of k steps
 * from the start (as `x.split(k)` or `range(0, T, k)` makes them, the last chunk shorter), each
 * chunk has a loss on every one of its steps — here L = Σ_t sum(h_t), the simplest such loss — and
 * the state is detached between chunks, so a chunk's gradient never reaches an earlier chunk. Each
 * chunk is one update, clipped on its own.
 */
export interface TruncatedProfile {
  /** The window; null: full BPTT (one chunk). */
  window: number | null;
  /** Per step, ‖∂L/∂h_t‖ of the chunk's loss (gradient from later steps of the same chunk). */
  stepNorms: Float64Array;
  /**
   * Per step, the part that arrives from later steps' losses: ‖∂L/∂h_t − ∂L_t/∂h_t‖, where a step's
   * own loss sum(h_t) contributes 1 to every unit. Null when h_t is not the output (stacked layers
   * or both directions: the loss then reads another layer's state).
   */
  fromLater: Float64Array | null;
  /**
   * Under full BPTT, what losses FAR_LAG or more steps later send to step 1: `sum`, the norm of
   * their total ‖∂(Σ_{t ≥ 1+FAR_LAG} L_t)/∂h_1‖, and `pulls`, the sum of each one's own norm
   * Σ ‖∂L_t/∂h_1‖ — small only when every far loss's pull is small (vanished), where `sum` can also
   * be small because the pulls cancel. Null with a window, or where fromLater is null.
   */
  farFromStep1: { sum: number; pulls: number } | null;
  /** First step (0-based) of each chunk. */
  chunkStarts: number[];
  /** Per chunk, the norm of its update's parameter gradient before clipping. */
  chunkNorms: number[];
}

export function chunkStartsFor(T: number, window: number | null): number[] {
  const k = window !== null && window < T ? window : T;
  const starts: number[] = [];
  for (let s = 0; s < T; s += k) starts.push(s);
  return starts;
}

/** What the losses FAR_LAG or more steps after step 1 send to h_1: together, and one by one. */
function farPulls(trace: Trace): { sum: number; pulls: number } {
  const { T } = trace;
  const H = trace.model.spec.hiddenSize;
  const reach = (from: number, to: number) => {
    const dOut = new Float64Array(T * H).fill(1, from * H, to * H);
    return norm(runBackward(trace, { kind: 'linear', dOut }, { weights: false }).streams.l0.h, 0, H);
  };
  let pulls = 0;
  for (let t = FAR_LAG; t < T; t++) pulls += reach(t, t + 1);
  return { sum: reach(FAR_LAG, T), pulls };
}

/** How far "far" is when the BPTT view splits what reaches step 1: losses this many steps later or more. */
export const FAR_LAG = 10;

export function truncatedProfile(trace: Trace, window: number | null): TruncatedProfile {
  const T = trace.T;
  const w = window !== null && window < T ? window : null;
  const chunkStarts = chunkStartsFor(T, w);
  const { norms, g } = segmentNorms(trace, { kind: 'sum_all' }, chunkStarts, w ?? undefined);
  const H = trace.model.spec.hiddenSize;
  const stepNorms = new Float64Array(T);
  for (let t = 0; t < T; t++) stepNorms[t] = norm(g.streams.l0.h, t * H, H);
  const { numLayers, bidirectional } = trace.model.spec;
  const fromLater = numLayers === 1 && !bidirectional ? new Float64Array(T) : null;
  if (fromLater) {
    const gh = g.streams.l0.h;
    for (let t = 0; t < T; t++) {
      let s = 0;
      for (let j = 0; j < H; j++) s += (gh[t * H + j] - 1) ** 2;
      fromLater[t] = Math.sqrt(s);
    }
  }
  const farFromStep1 = fromLater && w === null && T > FAR_LAG ? farPulls(trace) : null;
  return { window: w, stepNorms, fromLater, farFromStep1, chunkStarts, chunkNorms: norms };
}

export interface ClipSummary {
  /** The largest chunk gradient norm before clipping, and after. */
  largest: number;
  largestAfter: number;
  /** How many chunk updates clip_grad_norm_ rescaled. */
  clipped: number;
}

/** clip_grad_norm_ on every chunk's update: norms above the threshold become the threshold. */
export function clipChunks(chunkNorms: readonly number[], clip: number | undefined): ClipSummary {
  const largest = Math.max(...chunkNorms);
  if (clip === undefined) return { largest, largestAfter: largest, clipped: 0 };
  return {
    largest,
    largestAfter: Math.min(largest, clip),
    clipped: chunkNorms.filter((n) => n > clip).length,
  };
}

/**
 * The gradient as a sum over time lags (d2l.ai, "Backpropagation Through Time"): for a loss on the
 * last step, L = sum(h_T), the parameter gradient is a sum of one term per earlier step t; entry t
 * is the norm of that term, whose lag is T − t steps. Long-lag terms are not zero, only swamped.
 */
export function lagTerms(trace: Trace): Float64Array {
  const starts = Array.from({ length: trace.T }, (_, t) => t);
  return Float64Array.from(segmentNorms(trace, { kind: 'sum_last' }, starts).norms);
}

/** The same cell, read in both directions; its forward half is exactly the main view's cell. */
export function bidirectionalTrace(config: AppConfig, x: Float64Array, inputSize: number): Trace {
  return runForward(buildModel(config, config.cell, inputSize, true), x);
}
