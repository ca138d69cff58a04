/**
 * The linear readout every model on the page ends in — logits = W h + b, then softmax, log-sum-exp
 * or arg-max over them — written once for the explorer's "who did it?" answers, the observatory's
 * next character, the training losses and the accuracies the page states.
 */

/** out[oOff + k] = b[k] + Σ_j W[k, j] · h[hOff + j] for k < K (W: K x H, row-major). */
export function linearHead(
  out: Float64Array,
  oOff: number,
  w: Float64Array,
  b: Float64Array,
  K: number,
  h: Float64Array,
  hOff: number,
  H: number,
): Float64Array {
  for (let k = 0; k < K; k++) {
    let s = b[k];
    const row = k * H;
    for (let j = 0; j < H; j++) s += w[row + j] * h[hOff + j];
    out[oOff + k] = s;
  }
  return out;
}

/** Index of the largest of a[off .. off+len) (the first, on ties). */
export function argMax(a: ArrayLike<number>, off = 0, len = a.length - off): number {
  let arg = 0;
  for (let k = 1; k < len; k++) if (a[off + k] > a[off + arg]) arg = k;
  return arg;
}

/**
 * log Σ_k exp(a[off + k]), shifted by the maximum so large logits do not overflow. The training
 * core passes its bit-reproducible exp and log (train/detMath.ts).
 */
export function logSumExp(
  a: ArrayLike<number>,
  off: number,
  len: number,
  exp: (x: number) => number = Math.exp,
  log: (x: number) => number = Math.log,
): number {
  let max = -Infinity;
  for (let k = 0; k < len; k++) max = Math.max(max, a[off + k]);
  let sum = 0;
  for (let k = 0; k < len; k++) sum += exp(a[off + k] - max);
  return max + log(sum);
}

/** Softmax of a[off .. off+len) in place, shifted by the maximum so large logits do not overflow. */
export function softmaxInPlace(a: Float64Array, off = 0, len = a.length - off): Float64Array {
  let max = -Infinity;
  for (let k = off; k < off + len; k++) max = Math.max(max, a[k]);
  let z = 0;
  for (let k = off; k < off + len; k++) z += a[k] = Math.exp(a[k] - max);
  for (let k = off; k < off + len; k++) a[k] /= z;
  return a;
}
