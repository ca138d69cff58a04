// AssemblyScript: the float32 SIMD matrix products of the training core's fast mode
// (src/train/simd/). Compiled by scripts/build-wasm.mjs into src/train/simd/gemmBinary.ts.
//
// Every output is a plain sequential sum in float32: start, then + a·b for each term in order,
// each product and each sum rounded to float32 (f32x4.mul then f32x4.add; WebAssembly has no
// fused multiply-add outside relaxed SIMD, which is not used). The tiling only decides which
// outputs are computed together, never the order of one output's terms, so every output equals
// the scalar loop's and the same inputs give the same bits in every engine. Pointers are byte
// offsets into memory; rows are contiguous.

// out[i, 0..n) = start + Σ_r a[i, r] · b[r, 0..n)   (a: rows x k, b: k x n, out: rows x n),
// start = out itself when acc, else bias[0..n) (bias = 0: none).
export function gemmAB(
  out: usize,
  a: usize,
  b: usize,
  bias: usize,
  rows: i32,
  k: i32,
  n: i32,
  acc: i32,
): void {
  const n4 = n & ~3;
  const n8 = n & ~7;
  let i = 0;
  for (; i + 3 < rows; i += 4) {
    const o0 = out + <usize>(i * n) * 4;
    const a0 = a + <usize>(i * k) * 4;
    let c = 0;
    for (; c < n8; c += 8) {
      const oc = o0 + <usize>c * 4;
      let s00: v128, s01: v128, s10: v128, s11: v128, s20: v128, s21: v128, s30: v128, s31: v128;
      if (acc) {
        s00 = v128.load(oc);
        s01 = v128.load(oc, 16);
        s10 = v128.load(oc + <usize>n * 4);
        s11 = v128.load(oc + <usize>n * 4, 16);
        s20 = v128.load(oc + <usize>n * 8);
        s21 = v128.load(oc + <usize>n * 8, 16);
        s30 = v128.load(oc + <usize>n * 12);
        s31 = v128.load(oc + <usize>n * 12, 16);
      } else if (bias) {
        s00 = s10 = s20 = s30 = v128.load(bias + <usize>c * 4);
        s01 = s11 = s21 = s31 = v128.load(bias + <usize>c * 4, 16);
      } else {
        s00 = s01 = s10 = s11 = s20 = s21 = s30 = s31 = f32x4.splat(0);
      }
      let bp = b + <usize>c * 4;
      for (let r = 0; r < k; r++) {
        const b0 = v128.load(bp);
        const b1 = v128.load(bp, 16);
        const ar = a0 + <usize>r * 4;
        const x0 = f32x4.splat(load<f32>(ar));
        const x1 = f32x4.splat(load<f32>(ar + <usize>k * 4));
        const x2 = f32x4.splat(load<f32>(ar + <usize>k * 8));
        const x3 = f32x4.splat(load<f32>(ar + <usize>k * 12));
        s00 = f32x4.add(s00, f32x4.mul(x0, b0));
        s01 = f32x4.add(s01, f32x4.mul(x0, b1));
        s10 = f32x4.add(s10, f32x4.mul(x1, b0));
        s11 = f32x4.add(s11, f32x4.mul(x1, b1));
        s20 = f32x4.add(s20, f32x4.mul(x2, b0));
        s21 = f32x4.add(s21, f32x4.mul(x2, b1));
        s30 = f32x4.add(s30, f32x4.mul(x3, b0));
        s31 = f32x4.add(s31, f32x4.mul(x3, b1));
        bp += <usize>n * 4;
      }
      v128.store(oc, s00);
      v128.store(oc, s01, 16);
      v128.store(oc + <usize>n * 4, s10);
      v128.store(oc + <usize>n * 4, s11, 16);
      v128.store(oc + <usize>n * 8, s20);
      v128.store(oc + <usize>n * 8, s21, 16);
      v128.store(oc + <usize>n * 12, s30);
      v128.store(oc + <usize>n * 12, s31, 16);
    }
    // The columns left over: 4 rows at a time, in one vector or one by one.
    for (let q = 0; q < 4; q++)
      rowTail(o0 + <usize>(q * n) * 4, a0 + <usize>(q * k) * 4, b, bias, k, n, n8, n4, acc);
  }
  for (; i < rows; i++) {
    rowTail(out + <usize>(i * n) * 4, a + <usize>(i * k) * 4, b, bias, k, n, 0, n4, acc);
  }
}

// One output row from column `from` on: whole vectors up to n4, then single columns.
function rowTail(
  o: usize,
  a: usize,
  b: usize,
  bias: usize,
  k: i32,
  n: i32,
  from: i32,
  n4: i32,
  acc: i32,
): void {
  let c = from;
  for (; c < n4; c += 4) {
    let s: v128 = acc ? v128.load(o + <usize>c * 4) : bias ? v128.load(bias + <usize>c * 4) : f32x4.splat(0);
    let bp = b + <usize>c * 4;
    for (let r = 0; r < k; r++) {
      s = f32x4.add(s, f32x4.mul(f32x4.splat(load<f32>(a + <usize>r * 4)), v128.load(bp)));
      bp += <usize>n * 4;
    }
    v128.store(o + <usize>c * 4, s);
  }
  for (; c < n; c++) {
    let s: f32 = acc ? load<f32>(o + <usize>c * 4) : bias ? load<f32>(bias + <usize>c * 4) : 0;
    let bp = b + <usize>c * 4;
    for (let r = 0; r < k; r++) {
      s += load<f32>(a + <usize>r * 4) * load<f32>(bp);
      bp += <usize>n * 4;
    }
    store<f32>(o + <usize>c * 4, s);
  }
}

// out[r, 0..n) += Σ_i a[i, r] · b[i, 0..n)   (a: rows x m, b: rows x n, out: m x n): a weight
// gradient, dᵀ · x, without transposing either operand.
export function gemmAtB(out: usize, a: usize, b: usize, rows: i32, m: i32, n: i32): void {
  const n8 = n & ~7;
  let r = 0;
  for (; r + 3 < m; r += 4) {
    const o0 = out + <usize>(r * n) * 4;
    let c = 0;
    for (; c < n8; c += 8) {
      const oc = o0 + <usize>c * 4;
      let s00 = v128.load(oc),
        s01 = v128.load(oc, 16);
      let s10 = v128.load(oc + <usize>n * 4),
        s11 = v128.load(oc + <usize>n * 4, 16);
      let s20 = v128.load(oc + <usize>n * 8),
        s21 = v128.load(oc + <usize>n * 8, 16);
      let s30 = v128.load(oc + <usize>n * 12),
        s31 = v128.load(oc + <usize>n * 12, 16);
      let ap = a + <usize>r * 4;
      let bp = b + <usize>c * 4;
      for (let i = 0; i < rows; i++) {
        const b0 = v128.load(bp);
        const b1 = v128.load(bp, 16);
        const x0 = f32x4.splat(load<f32>(ap));
        const x1 = f32x4.splat(load<f32>(ap, 4));
        const x2 = f32x4.splat(load<f32>(ap, 8));
        const x3 = f32x4.splat(load<f32>(ap, 12));
        s00 = f32x4.add(s00, f32x4.mul(x0, b0));
        s01 = f32x4.add(s01, f32x4.mul(x0, b1));
        s10 = f32x4.add(s10, f32x4.mul(x1, b0));
        s11 = f32x4.add(s11, f32x4.mul(x1, b1));
        s20 = f32x4.add(s20, f32x4.mul(x2, b0));
        s21 = f32x4.add(s21, f32x4.mul(x2, b1));
        s30 = f32x4.add(s30, f32x4.mul(x3, b0));
        s31 = f32x4.add(s31, f32x4.mul(x3, b1));
        ap += <usize>m * 4;
        bp += <usize>n * 4;
      }
      v128.store(oc, s00);
      v128.store(oc, s01, 16);
      v128.store(oc + <usize>n * 4, s10);
      v128.store(oc + <usize>n * 4, s11, 16);
      v128.store(oc + <usize>n * 8, s20);
      v128.store(oc + <usize>n * 8, s21, 16);
      v128.store(oc + <usize>n * 12, s30);
      v128.store(oc + <usize>n * 12, s31, 16);
    }
    for (let q = 0; q < 4; q++) gradTail(o0 + <usize>(q * n) * 4, a + <usize>(r + q) * 4, b, rows, m, n, n8);
  }
  for (; r < m; r++) gradTail(out + <usize>(r * n) * 4, a + <usize>r * 4, b, rows, m, n, 0);
}

// One gradient row from column `from` on, one column at a time.
function gradTail(o: usize, a: usize, b: usize, rows: i32, m: i32, n: i32, from: i32): void {
  for (let c = from; c < n; c++) {
    let s = load<f32>(o + <usize>c * 4);
    let ap = a;
    let bp = b + <usize>c * 4;
    for (let i = 0; i < rows; i++) {
      s += load<f32>(ap) * load<f32>(bp);
      ap += <usize>m * 4;
      bp += <usize>n * 4;
    }
    store<f32>(o + <usize>c * 4, s);
  }
}
