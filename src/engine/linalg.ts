/**
 * The few dense kernels the cells need, on row-major Float64Arrays with explicit offsets so the
 * hot loops never allocate. These loops are the engine's speed: see bench/engine.bench.ts.
 */

/** out[r] = bias[r] + sum_c W[r, c] * v[vOff + c], for r < rows. */
export function matVecBias(
  out: Float64Array,
  outOff: number,
  w: Float64Array,
  rows: number,
  cols: number,
  v: Float64Array,
  vOff: number,
  bias: Float64Array,
): void {
  for (let r = 0; r < rows; r++) {
    let acc = bias[r];
    const base = r * cols;
    for (let c = 0; c < cols; c++) acc += w[base + c] * v[vOff + c];
    out[outOff + r] = acc;
  }
}

/** out[c] += sum_r W[r, c] * g[gOff + r]: the transposed product used by backpropagation. */
export function matTVecAdd(
  out: Float64Array,
  outOff: number,
  w: Float64Array,
  rows: number,
  cols: number,
  g: Float64Array,
  gOff: number,
): void {
  for (let r = 0; r < rows; r++) {
    const gr = g[gOff + r];
    if (gr === 0) continue;
    const base = r * cols;
    for (let c = 0; c < cols; c++) out[outOff + c] += w[base + c] * gr;
  }
}

/** W[r, c] += g[gOff + r] * v[vOff + c]: accumulate an outer product (weight gradients). */
export function outerAdd(
  w: Float64Array,
  rows: number,
  cols: number,
  g: Float64Array,
  gOff: number,
  v: Float64Array,
  vOff: number,
): void {
  for (let r = 0; r < rows; r++) {
    const gr = g[gOff + r];
    if (gr === 0) continue;
    const base = r * cols;
    for (let c = 0; c < cols; c++) w[base + c] += gr * v[vOff + c];
  }
}

export const sigmoid = (v: number): number =>
  v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));

/** The largest |value| in `a`, and at least `floor` (scales that must never shrink below ±floor). */
export function maxAbs(a: ArrayLike<number>, floor = 0): number {
  let m = floor;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

/** Frobenius / Euclidean norm of a slice. */
export function norm(a: Float64Array, off = 0, len = a.length - off): number {
  let s = 0;
  for (let i = 0; i < len; i++) s += a[off + i] * a[off + i];
  return Math.sqrt(s);
}

/** Euclidean distance between two vectors of the same length. */
export function distance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s);
}
