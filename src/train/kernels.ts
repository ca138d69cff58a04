/**
 * Dense kernels for whole mini-batches (row-major Float64Arrays with offsets). Every product the
 * training step needs is written as one shape — out = a · wᵀ, each output a dot product of two
 * contiguous rows — and the other shapes (aᵀ · x, a · w) transpose an operand first, which costs
 * a copy of one matrix against rows·cols·k multiply-adds. The kernel computes a 2 x 4 tile of
 * outputs at once, so every loaded value is used two or four times: about 1.7× the multiply-adds
 * per second of a one-output loop at H = 64 in V8 (bench/train.bench.mts).
 */

/**
 * out[i, r] = start + Σ_c a[i, c] · w[r, c] for i < rows, r < n (a: rows x k, w: n x k), where
 * start is out[i, r] itself when accumulating, else bias[r] (or 0 without a bias).
 */
export function gemmBt(
  out: Float64Array,
  oOff: number,
  a: Float64Array,
  aOff: number,
  rows: number,
  k: number,
  w: Float64Array,
  bias: Float64Array | null,
  n: number,
  accumulate = false,
): void {
  const start = (o: number, r: number): number => (accumulate ? out[o + r] : bias ? bias[r] : 0);
  let i = 0;
  for (; i + 1 < rows; i += 2) {
    const ao = aOff + i * k;
    const ap = ao + k;
    const oo = oOff + i * n;
    const op = oo + n;
    let r = 0;
    for (; r + 3 < n; r += 4) {
      let a0 = start(oo, r);
      let a1 = start(oo, r + 1);
      let a2 = start(oo, r + 2);
      let a3 = start(oo, r + 3);
      let b0 = start(op, r);
      let b1 = start(op, r + 1);
      let b2 = start(op, r + 2);
      let b3 = start(op, r + 3);
      const w0 = r * k;
      const w1 = w0 + k;
      const w2 = w1 + k;
      const w3 = w2 + k;
      for (let c = 0; c < k; c++) {
        const x = a[ao + c];
        const y = a[ap + c];
        const v0 = w[w0 + c];
        const v1 = w[w1 + c];
        const v2 = w[w2 + c];
        const v3 = w[w3 + c];
        a0 += x * v0;
        a1 += x * v1;
        a2 += x * v2;
        a3 += x * v3;
        b0 += y * v0;
        b1 += y * v1;
        b2 += y * v2;
        b3 += y * v3;
      }
      out[oo + r] = a0;
      out[oo + r + 1] = a1;
      out[oo + r + 2] = a2;
      out[oo + r + 3] = a3;
      out[op + r] = b0;
      out[op + r + 1] = b1;
      out[op + r + 2] = b2;
      out[op + r + 3] = b3;
    }
    for (; r < n; r++) {
      let s = start(oo, r);
      let t = start(op, r);
      const wo = r * k;
      for (let c = 0; c < k; c++) {
        s += a[ao + c] * w[wo + c];
        t += a[ap + c] * w[wo + c];
      }
      out[oo + r] = s;
      out[op + r] = t;
    }
  }
  for (; i < rows; i++) {
    const ao = aOff + i * k;
    const oo = oOff + i * n;
    for (let r = 0; r < n; r++) {
      let s = start(oo, r);
      const wo = r * k;
      for (let c = 0; c < k; c++) s += a[ao + c] * w[wo + c];
      out[oo + r] = s;
    }
  }
}

/** The transpose (cols x rows) of a rows x cols block starting at `off`. */
export function transpose(src: Float64Array, off: number, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const so = off + i * cols;
    for (let c = 0; c < cols; c++) out[c * rows + i] = src[so + c];
  }
  return out;
}

/**
 * A weight gradient over a batch of rows: g[r, c] += Σ_i d[i, r] · x[i, c] (d: rows x n,
 * x: rows x k, from offsets) and gb[r] += Σ_i d[i, r] — as gemmBt on the transposes.
 */
export function addWeightGradient(
  g: Float64Array,
  gb: Float64Array,
  d: Float64Array,
  dOff: number,
  rows: number,
  n: number,
  x: Float64Array,
  xOff: number,
  k: number,
): void {
  const dT = transpose(d, dOff, rows, n);
  const xT = transpose(x, xOff, rows, k);
  gemmBt(g, 0, dT, 0, n, rows, xT, null, k, true);
  for (let r = 0; r < n; r++) {
    let s = 0;
    const o = r * rows;
    for (let i = 0; i < rows; i++) s += dT[o + i];
    gb[r] += s;
  }
}
