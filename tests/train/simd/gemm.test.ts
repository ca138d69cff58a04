// @vitest-environment node
/**
 * The WebAssembly SIMD products against the plain scalar loop in float32 (Math.fround after every
 * product and every sum, terms in order). The kernels promise the same bits, not "close": that is
 * what makes the fast mode give the same weights in Node and in every browser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Arena, ptr } from '../../../src/train/simd/arena';

const f = Math.fround;

function filled(arena: Arena, n: number, seed: number): Float32Array {
  const a = arena.alloc(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = (s / 2 ** 32) * 4 - 2;
  }
  return a;
}

const shape = fc.record({
  rows: fc.integer({ min: 1, max: 11 }),
  k: fc.integer({ min: 1, max: 13 }),
  n: fc.integer({ min: 1, max: 21 }),
  start: fc.constantFrom('acc', 'bias', 'zero'),
  seed: fc.integer({ min: 1, max: 1 << 30 }),
});

describe('float32 SIMD matrix products equal the scalar float32 loop bit for bit', () => {
  it('gemmAB: out = start + a · b, every shape including the tails past 4 rows and 8 columns', () => {
    const arena = Arena.get();
    fc.assert(
      fc.property(shape, ({ rows, k, n, start, seed }) => {
        arena.reset();
        const a = filled(arena, rows * k, seed);
        const b = filled(arena, k * n, seed + 1);
        const bias = filled(arena, n, seed + 2);
        const out = filled(arena, rows * n, seed + 3);
        const want = new Float32Array(rows * n);
        for (let i = 0; i < rows; i++)
          for (let c = 0; c < n; c++) {
            let s = start === 'acc' ? out[i * n + c] : start === 'bias' ? bias[c] : 0;
            for (let r = 0; r < k; r++) s = f(s + f(a[i * k + r] * b[r * n + c]));
            want[i * n + c] = s;
          }
        arena.k.gemmAB(
          ptr(out),
          ptr(a),
          ptr(b),
          start === 'bias' ? ptr(bias) : 0,
          rows,
          k,
          n,
          start === 'acc' ? 1 : 0,
        );
        expect(Array.from(out)).toEqual(Array.from(want));
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('gemmAtB: out += aᵀ · b, the weight gradient, every shape', () => {
    const arena = Arena.get();
    fc.assert(
      fc.property(shape, ({ rows, k: m, n, seed }) => {
        arena.reset();
        const a = filled(arena, rows * m, seed);
        const b = filled(arena, rows * n, seed + 1);
        const out = filled(arena, m * n, seed + 2);
        const want = Float32Array.from(out);
        for (let r = 0; r < m; r++)
          for (let c = 0; c < n; c++) {
            let s = want[r * n + c];
            for (let i = 0; i < rows; i++) s = f(s + f(a[i * m + r] * b[i * n + c]));
            want[r * n + c] = s;
          }
        arena.k.gemmAtB(ptr(out), ptr(a), ptr(b), rows, m, n);
        expect(Array.from(out)).toEqual(Array.from(want));
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('reads and writes at any float offset, not only at 16-byte boundaries', () => {
    const arena = Arena.get();
    arena.reset();
    const a = filled(arena, 3 * 5 + 1, 7);
    const b = filled(arena, 5 * 9 + 3, 8);
    const out = arena.alloc(3 * 9 + 2);
    arena.k.gemmAB(ptr(out, 2), ptr(a, 1), ptr(b, 3), 0, 3, 5, 9, 0);
    for (let i = 0; i < 3; i++)
      for (let c = 0; c < 9; c++) {
        let s = 0;
        for (let r = 0; r < 5; r++) s = f(s + f(a[1 + i * 5 + r] * b[3 + r * 9 + c]));
        expect(out[2 + i * 9 + c]).toBe(s);
      }
    expect([out[0], out[1]]).toEqual([0, 0]);
  });
});
