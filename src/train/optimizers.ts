/**
 * torch.optim.Adam and torch.optim.SGD (momentum, no dampening, no Nesterov, no weight decay),
 * single-tensor path, and torch.nn.utils.clip_grad_norm_ — formula for formula as
 * tests/fixtures/training/README.md writes them out, so the runs match PyTorch to 1e-12.
 */
import { powInt } from './detMath';

export type OptimizerSpec =
  | { name: 'adam'; lr: number; betas: [number, number]; eps: number }
  | { name: 'sgd'; lr: number; momentum: number };

export interface Optimizer {
  /** Update params in place from grads (already clipped). */
  step(params: Float64Array[], grads: Float64Array[]): void;
  readonly steps: number;
  /** The learning rate, changeable between steps (a schedule). */
  lr: number;
  /** The optimizer's state (step count and moment buffers), for a resumable run's checkpoints. */
  snapshot(): OptimizerState;
  restore(state: OptimizerState): void;
}

export interface OptimizerState {
  steps: number;
  buffers: Float64Array[][];
}

export const ADAM_DEFAULTS = { betas: [0.9, 0.999] as [number, number], eps: 1e-8 };

export function createOptimizer(spec: OptimizerSpec, sizes: number[]): Optimizer {
  return spec.name === 'adam' ? new Adam(spec, sizes) : new Sgd(spec, sizes);
}

class Adam implements Optimizer {
  private readonly m: Float64Array[];
  private readonly v: Float64Array[];
  steps = 0;
  lr: number;

  constructor(
    private readonly spec: Extract<OptimizerSpec, { name: 'adam' }>,
    sizes: number[],
  ) {
    this.m = sizes.map((n) => new Float64Array(n));
    this.v = sizes.map((n) => new Float64Array(n));
    this.lr = spec.lr;
  }

  snapshot(): OptimizerState {
    return { steps: this.steps, buffers: [this.m.map((a) => a.slice()), this.v.map((a) => a.slice())] };
  }

  restore(state: OptimizerState): void {
    this.steps = state.steps;
    state.buffers[0].forEach((a, k) => this.m[k].set(a));
    state.buffers[1].forEach((a, k) => this.v[k].set(a));
  }

  step(params: Float64Array[], grads: Float64Array[]): void {
    this.steps++;
    const { lr } = this;
    const { eps } = this.spec;
    const [b1, b2] = this.spec.betas;
    const bc1 = 1 - powInt(b1, this.steps);
    const bc2 = 1 - powInt(b2, this.steps);
    const stepSize = lr / bc1;
    const sqrtBc2 = Math.sqrt(bc2);
    params.forEach((p, k) => {
      const g = grads[k];
      const m = this.m[k];
      const v = this.v[k];
      for (let i = 0; i < p.length; i++) {
        // torch 1.13: exp_avg.mul_(beta1).add_(grad, alpha=1 - beta1), and likewise for exp_avg_sq.
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        const denom = Math.sqrt(v[i]) / sqrtBc2 + eps;
        p[i] -= (stepSize * m[i]) / denom;
      }
    });
  }
}

class Sgd implements Optimizer {
  private readonly buf: Float64Array[] | null;
  steps = 0;
  lr: number;

  constructor(
    private readonly spec: Extract<OptimizerSpec, { name: 'sgd' }>,
    sizes: number[],
  ) {
    this.buf = spec.momentum !== 0 ? sizes.map((n) => new Float64Array(n)) : null;
    this.lr = spec.lr;
  }

  snapshot(): OptimizerState {
    return { steps: this.steps, buffers: this.buf ? [this.buf.map((a) => a.slice())] : [] };
  }

  restore(state: OptimizerState): void {
    this.steps = state.steps;
    state.buffers[0]?.forEach((a, k) => this.buf?.[k].set(a));
  }

  step(params: Float64Array[], grads: Float64Array[]): void {
    const first = this.steps === 0;
    this.steps++;
    const { lr } = this;
    const { momentum } = this.spec;
    params.forEach((p, k) => {
      const g = grads[k];
      const buf = this.buf?.[k];
      for (let i = 0; i < p.length; i++) {
        let d = g[i];
        if (buf) {
          buf[i] = first ? d : momentum * buf[i] + d;
          d = buf[i];
        }
        p[i] -= lr * d;
      }
    });
  }
}

/** The global 2-norm of all gradients: the 2-norm of the per-tensor 2-norms, as torch computes it. */
export function globalNorm(grads: Float64Array[]): number {
  let total = 0;
  for (const g of grads) {
    let s = 0;
    for (let i = 0; i < g.length; i++) s += g[i] * g[i];
    const n = Math.sqrt(s);
    total += n * n;
  }
  return Math.sqrt(total);
}

/**
 * torch.nn.utils.clip_grad_norm_: when the global norm exceeds maxNorm, rescale every gradient
 * by maxNorm / (norm + 1e-6). Returns the norm before clipping and the factor applied.
 */
export function clipGradNorm(grads: Float64Array[], maxNorm: number): { norm: number; coef: number } {
  const norm = globalNorm(grads);
  const coef = Math.min(1, maxNorm / (norm + 1e-6));
  if (coef < 1) for (const g of grads) for (let i = 0; i < g.length; i++) g[i] *= coef;
  return { norm, coef };
}
