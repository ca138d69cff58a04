/**
 * The float32 fast mode's products on WebAssembly SIMD (wasm/gemm.ts), with every buffer in the
 * arena. The net's parameters stay float64 (the optimizer's master copy): each step copies them to
 * float32 once, with each weight's transpose beside it, since the kernels stream along rows.
 */
import { FAST32_ACTIVATIONS } from '../activations';
import type { Net } from '../model';
import type { Numerics } from '../numerics';
import { ptr } from './arena';
import type { Arena } from './arena';

export function simdNumerics(net: Net, arena: Arena): Numerics<Float32Array> {
  const k = arena.k;
  const w32 = net.params.map((p) => {
    const a = arena.alloc(p.data.length);
    a.set(p.data);
    return a;
  });
  const wT32 = net.params.map((p, i) => {
    if (!p.matrix) return w32[i];
    const t = arena.alloc(p.data.length);
    for (let r = 0; r < p.rows; r++)
      for (let c = 0; c < p.cols; c++) t[c * p.rows + r] = w32[i][r * p.cols + c];
    return t;
  });
  const grads = net.params.map((p) => arena.alloc(p.data.length));
  return {
    act: FAST32_ACTIVATIONS,
    alloc: (n) => arena.alloc(n),
    project: (out, oOff, a, aOff, rows, kk, w, b, n, acc) =>
      k.gemmAB(
        ptr(out, oOff),
        ptr(a, aOff),
        ptr(wT32[w]),
        b === null ? 0 : ptr(w32[b]),
        rows,
        kk,
        n,
        acc ? 1 : 0,
      ),
    back: (out, oOff, d, dOff, rows, n, w, kk) =>
      k.gemmAB(ptr(out, oOff), ptr(d, dOff), ptr(w32[w]), 0, rows, n, kk, 1),
    weightGrad: (w, b, d, dOff, rows, n, x, xOff, kk) => {
      k.gemmAtB(ptr(grads[w]), ptr(d, dOff), ptr(x, xOff), rows, n, kk);
      // The bias gradient in float64, rounded once: a column sum has no product to vectorise.
      const gb = grads[b];
      for (let r = 0; r < n; r++) {
        let s = gb[r];
        for (let i = 0; i < rows; i++) s += d[dOff + i * n + r];
        gb[r] = s;
      }
    },
    grads: () => grads.map((g) => Float64Array.from(g)),
  };
}
