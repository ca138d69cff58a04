/**
 * The three kinds of matrix product the training step makes, over whole batches, behind one
 * interface so that network.ts's forward and backward pass is written once for both precisions:
 * float64 in JavaScript (kernels.ts: what replays PyTorch's fixtures) and float32 on WebAssembly
 * SIMD (simd/numerics.ts: the fast mode). Parameters are named by their index in net.params.
 */
import type { Activations, FloatArray } from '../engine/cells';
import { DET_ACTIVATIONS } from './activations';
import { addWeightGradient, gemmBt, transpose } from './kernels';
import type { Net } from './model';

export interface Numerics<A extends FloatArray> {
  /** The nonlinearities, all bit-reproducible (detMath.ts). */
  act: Activations;
  /** n zeros. */
  alloc(n: number): A;
  /**
   * out[i, r] = (acc ? out[i, r] : bias[r]) + Σ_c a[i, c] · W[r, c] for i < rows, r < n, with W
   * the n x k parameter `w` and bias the parameter `b` (null: none). Offsets are in elements.
   */
  project(
    out: A,
    oOff: number,
    a: A,
    aOff: number,
    rows: number,
    k: number,
    w: number,
    b: number | null,
    n: number,
    acc: boolean,
  ): void;
  /** out[i, c] += Σ_r d[i, r] · W[r, c]: back through the n x k parameter `w`. */
  back(out: A, oOff: number, d: A, dOff: number, rows: number, n: number, w: number, k: number): void;
  /** grad(w) += dᵀ · x (d: rows x n, x: rows x k) and grad(b) += d's column sums. */
  weightGrad(
    w: number,
    b: number,
    d: A,
    dOff: number,
    rows: number,
    n: number,
    x: A,
    xOff: number,
    k: number,
  ): void;
  /** The accumulated gradients as float64, in net.params order. */
  grads(): Float64Array[];
}

export function f64Numerics(net: Net): Numerics<Float64Array> {
  const grads = net.params.map((p) => new Float64Array(p.data.length));
  // W's transpose, made once per step for the products back through it.
  const transposed = new Map<number, Float64Array>();
  const wT = (w: number): Float64Array => {
    let t = transposed.get(w);
    if (!t) {
      const p = net.params[w];
      t = transpose(p.data, 0, p.rows, p.cols);
      transposed.set(w, t);
    }
    return t;
  };
  return {
    act: DET_ACTIVATIONS,
    alloc: (n) => new Float64Array(n),
    project: (out, oOff, a, aOff, rows, k, w, b, n, acc) =>
      gemmBt(out, oOff, a, aOff, rows, k, net.params[w].data, b === null ? null : net.params[b].data, n, acc),
    back: (out, oOff, d, dOff, rows, n, w, k) => gemmBt(out, oOff, d, dOff, rows, n, wT(w), null, k, true),
    weightGrad: (w, b, d, dOff, rows, n, x, xOff, k) =>
      addWeightGradient(grads[w], grads[b], d, dOff, rows, n, x, xOff, k),
    grads: () => grads,
  };
}
