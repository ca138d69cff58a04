/**
 * One optimizer step, in the order of PyTorch's loop: zero grads, forward, loss, backward,
 * clip_grad_norm_ (optional), optimizer.step().
 */
import { computeLoss } from './losses';
import type { LossKind, Targets } from './losses';
import { backwardWith, forwardWith } from './network';
import { f64Numerics } from './numerics';
import { inArena, simdSupported } from './simd/arena';
import { simdNumerics } from './simd/numerics';
import type { BatchInput, HeadOn, NetTrace } from './network';
import type { FloatArray } from '../engine/cells/kernel';
import { clipGradNorm, globalNorm } from './optimizers';
import type { Optimizer } from './optimizers';
import type { Precision } from './settings';
import type { Net } from './model';

export interface Batch {
  input: BatchInput;
  targets: Targets;
}

export interface StepSettings {
  loss: LossKind;
  on: HeadOn;
  /** max_norm of clip_grad_norm_, or null for no clipping. */
  clip: number | null;
  /** Truncated BPTT window, or undefined for full BPTT. */
  detachEvery?: number;
  /**
   * 'f64' (the default): float64 JavaScript, which replays PyTorch's fixtures to 1e-9.
   * 'f32': the fast mode, float32 on WebAssembly SIMD; the parameters and Adam stay float64.
   */
  precision?: Precision;
}

export interface StepResult {
  loss: number;
  /** Global gradient norm before clipping. */
  gradNorm: number;
  /** Factor the gradients were scaled by (1 when not clipped). */
  clipCoef: number;
  accuracy: number | null;
  /** ‖∂L/∂h_t‖ of the first layer, t = 1..T. */
  dhNorm: Float64Array;
  /** The raw gradients (before clipping) when asked for. */
  rawGrads?: Float64Array[];
}

export function lossAndGradients(net: Net, batch: Batch, s: StepSettings) {
  const backward = { detachEvery: s.detachEvery };
  // An engine without WebAssembly SIMD (none current) trains on the float64 path instead.
  if (s.precision === 'f32' && simdSupported()) {
    // Every buffer of the pass lives in the arena, so nothing of it outlives this call.
    return inArena((arena) => {
      const nx = simdNumerics(net, arena);
      const trace = forwardWith(nx, net, batch.input, s.on);
      const { loss, dLogits, accuracy } = computeLoss(trace, net.spec.outSize, batch.targets);
      const d32 = nx.alloc(dLogits.length);
      d32.set(dLogits);
      return { loss, accuracy, ...backwardWith(nx, net, trace, d32, backward) };
    });
  }
  const nx = f64Numerics(net);
  const trace = forwardWith(nx, net, batch.input, s.on);
  const { loss, dLogits, accuracy } = computeLoss(trace, net.spec.outSize, batch.targets);
  return { loss, accuracy, ...backwardWith(nx, net, trace, dLogits, backward) };
}

/**
 * A forward pass in the step's arithmetic (float32 SIMD or float64), its trace handed to `read` while
 * the trace's buffers live (the float32 ones are in the arena, reused by the next pass), e.g. the
 * race's held-out evaluation (heldOut.ts). In the fast mode that evaluation, when it ran in float64,
 * took about 40% of a race's time (a 256-sequence batch every 10 updates: a Node CPU profile).
 */
export function forwardIn<R>(
  net: Net,
  input: BatchInput,
  on: HeadOn,
  precision: Precision | undefined,
  read: (trace: NetTrace<FloatArray>) => R,
): R {
  if (precision === 'f32' && simdSupported())
    return inArena((arena) => read(forwardWith(simdNumerics(net, arena), net, input, on)));
  return read(forwardWith(f64Numerics(net), net, input, on));
}

export function trainStep(
  net: Net,
  opt: Optimizer,
  batch: Batch,
  s: StepSettings,
  keepRawGrads = false,
): StepResult {
  const { loss, accuracy, grads, dhNorm } = lossAndGradients(net, batch, s);
  const rawGrads = keepRawGrads ? grads.map((g) => g.slice()) : undefined;
  let gradNorm: number;
  let clipCoef = 1;
  if (s.clip !== null) ({ norm: gradNorm, coef: clipCoef } = clipGradNorm(grads, s.clip));
  else gradNorm = globalNorm(grads);
  opt.step(
    net.params.map((p) => p.data),
    grads,
  );
  return { loss, gradNorm, clipCoef, accuracy, dhNorm, rawGrads };
}
