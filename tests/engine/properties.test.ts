// @vitest-environment node
/**
 * Invariants of the recurrences, checked on random cases (fast-check), complementing the fixed
 * PyTorch fixtures: exact memory under saturated gates, bounded states, gradients that agree with
 * central finite differences, forward- and reverse-mode Jacobians that agree with each other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  initModel,
  influenceOfInput,
  jacobianNormsToFinal,
  outputOf,
  runBackward,
  runForward,
} from '../../src/engine';
import type { CellKind, Model, ModelSpec } from '../../src/engine';
import { CELL_KINDS } from '../../src/engine/cells/vocabulary';

const cellArb = fc.constantFrom<CellKind>(...CELL_KINDS);
const smallSpec = fc.record({
  cell: cellArb,
  inputSize: fc.integer({ min: 1, max: 3 }),
  hiddenSize: fc.integer({ min: 1, max: 4 }),
  numLayers: fc.integer({ min: 1, max: 2 }),
  bidirectional: fc.boolean(),
});

function randomVector(seed: number, n: number, scale = 1): Float64Array {
  // Deterministic per seed, independent from the weight initialiser.
  let s = seed >>> 0 || 1;
  return Float64Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return ((s / 2 ** 32) * 2 - 1) * scale;
  });
}

function setup(spec: ModelSpec, seed: number, T: number) {
  const model = initModel(spec, seed);
  const S = model.streams.length;
  const x = randomVector(seed + 1, T * spec.inputSize, 1.5);
  const h0 = randomVector(seed + 2, S * spec.hiddenSize, 0.9);
  const c0 = spec.cell === 'lstm' ? randomVector(seed + 3, S * spec.hiddenSize, 0.9) : undefined;
  return { model, x, h0, c0 };
}

function lossOf(model: Model, x: Float64Array, h0: Float64Array, c0?: Float64Array): number {
  const out = outputOf(runForward(model, x, { h0, c0 }));
  const width = out.length / (x.length / model.spec.inputSize);
  let s = 0;
  for (let i = out.length - width; i < out.length; i++) s += out[i];
  return s;
}

/** Central difference of the loss w.r.t. arr[i], restoring arr afterwards. */
function numericGrad(arr: Float64Array, i: number, f: () => number, eps = 1e-6): number {
  const keep = arr[i];
  arr[i] = keep + eps;
  const up = f();
  arr[i] = keep - eps;
  const down = f();
  arr[i] = keep;
  return (up - down) / (2 * eps);
}

/**
 * ‖d h_T / d v‖_F by central differences, where v is `count` entries of `arr` (an input row or h0)
 * and h_T the last output of a one-layer model.
 */
function fdJacobianNorm(
  model: Model,
  x: Float64Array,
  h0: Float64Array,
  c0: Float64Array | undefined,
  arr: Float64Array,
  count: number,
): number {
  const H = model.spec.hiddenSize;
  const T = x.length / model.spec.inputSize;
  let sq = 0;
  for (let u = 0; u < count; u++) {
    for (let j = 0; j < H; j++) {
      const hT = () => outputOf(runForward(model, x, { h0, c0 }))[(T - 1) * H + j];
      sq += numericGrad(arr, u, hT) ** 2;
    }
  }
  return Math.sqrt(sq);
}

const close = (a: number, b: number, tol: number) =>
  Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

describe('engine invariants', () => {
  it('an LSTM with the forget gate saturated open and the input gate shut keeps its cell state exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 20 }),
        (seed, H, T) => {
          const spec: ModelSpec = {
            cell: 'lstm',
            inputSize: 2,
            hiddenSize: H,
            numLayers: 1,
            bidirectional: false,
          };
          const { model, x, h0, c0 } = setup(spec, seed, T);
          const p = model.params.l0;
          // Row blocks i, f, g, o: huge biases make sigmoid exactly 0 (input) and 1 (forget) in float64.
          for (let j = 0; j < H; j++) {
            p.bIh[j] = -1e3;
            p.bIh[H + j] = 1e3;
          }
          const tr = runForward(model, x, { h0, c0 }).streams.l0;
          for (let t = 0; t < T; t++) {
            for (let j = 0; j < H; j++) expect(tr.c![t * H + j]).toBe(c0![j]);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  // Mathematically h is in the open interval; in float64 tanh(±19.1...) already rounds to ±1,
  // so the closed bound is the honest invariant (and a NaN would fail it too).
  it('tanh-bounded cells keep every hidden state inside [-1, 1], even with huge recurrent weights', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CellKind>('rnn_tanh', 'lstm', 'gru'),
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        (cell, seed, scale) => {
          const spec: ModelSpec = { cell, inputSize: 3, hiddenSize: 5, numLayers: 1, bidirectional: false };
          const { model, x, h0, c0 } = setup(spec, seed, 12);
          model.params.l0.wHh.forEach((v, i, a) => (a[i] = v * scale));
          const trace = runForward(model, x, { h0, c0 });
          for (const v of trace.streams.l0.h) expect(Math.abs(v)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('BPTT gradients agree with central finite differences (x, h0, c0, every parameter)', () => {
    fc.assert(
      fc.property(
        smallSpec,
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 5 }),
        (spec, seed, T) => {
          const { model, x, h0, c0 } = setup(spec, seed, T);
          const f = () => lossOf(model, x, h0, c0);
          const g = runBackward(runForward(model, x, { h0, c0 }));
          expect(close(g.loss, f(), 1e-12)).toBe(true);
          // ReLU has a kink at 0; random inputs land there with probability zero.
          for (let i = 0; i < x.length; i++) expect(close(g.x[i], numericGrad(x, i, f), 1e-5)).toBe(true);
          model.streams.forEach((s, k) => {
            const H = spec.hiddenSize;
            for (let j = 0; j < H; j++) {
              expect(close(g.streams[s.key].h0[j], numericGrad(h0, k * H + j, f), 1e-5)).toBe(true);
              if (c0) expect(close(g.streams[s.key].c0![j], numericGrad(c0, k * H + j, f), 1e-5)).toBe(true);
            }
            const p = model.params[s.key];
            const gp = g.streams[s.key].params;
            for (const name of ['wIh', 'wHh', 'bIh', 'bHh'] as const) {
              for (let i = 0; i < p[name].length; i++)
                expect(close(gp[name][i], numericGrad(p[name], i, f), 1e-5)).toBe(true);
            }
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the forward-mode influence of x_1 on h_T matches finite differences', () => {
    fc.assert(
      fc.property(
        cellArb,
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 8 }),
        (cell, seed, T) => {
          const spec: ModelSpec = { cell, inputSize: 2, hiddenSize: 3, numLayers: 1, bidirectional: false };
          const { model, x, h0, c0 } = setup(spec, seed, T);
          const infl = influenceOfInput(runForward(model, x, { h0, c0 }), 'l0', 0);
          // x_1 is the first inputSize entries of x.
          expect(close(infl[T - 1], fdJacobianNorm(model, x, h0, c0, x, spec.inputSize), 1e-5)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reverse-mode Jacobian norms see the same h0 -> h_T sensitivity as a finite-difference Jacobian', () => {
    fc.assert(
      fc.property(
        cellArb,
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 8 }),
        (cell, seed, T) => {
          const spec: ModelSpec = { cell, inputSize: 2, hiddenSize: 3, numLayers: 1, bidirectional: false };
          const { model, x, h0, c0 } = setup(spec, seed, T);
          const jac = jacobianNormsToFinal(runForward(model, x, { h0, c0 }), 'l0');
          const fd = fdJacobianNorm(model, x, h0, c0, h0, spec.hiddenSize);
          expect(jac).toHaveLength(T + 1);
          expect(close(jac[0], fd, 1e-5)).toBe(true);
          expect(jac[T]).toBeCloseTo(Math.sqrt(spec.hiddenSize), 12);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a reverse stream equals a forward stream run on the reversed sequence', () => {
    fc.assert(
      fc.property(
        cellArb,
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 9 }),
        (cell, seed, T) => {
          const spec: ModelSpec = { cell, inputSize: 2, hiddenSize: 3, numLayers: 1, bidirectional: true };
          const { model, x } = setup(spec, seed, T);
          const bi = runForward(model, x);
          const uni = initModel({ ...spec, bidirectional: false }, seed);
          uni.params.l0 = model.params.l0_reverse;
          const rx = new Float64Array(x.length);
          for (let t = 0; t < T; t++) rx.set(x.subarray(t * 2, t * 2 + 2), (T - 1 - t) * 2);
          const fw = runForward(uni, rx).streams.l0.h;
          const rev = bi.streams.l0_reverse.h;
          for (let t = 0; t < T; t++) {
            for (let j = 0; j < 3; j++) expect(rev[t * 3 + j]).toBe(fw[(T - 1 - t) * 3 + j]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the per-step loss (sum over all steps) equals the sum of the last-step losses of each prefix', () => {
    fc.assert(
      fc.property(
        cellArb,
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 6 }),
        (cell, seed, T) => {
          const spec: ModelSpec = { cell, inputSize: 2, hiddenSize: 3, numLayers: 1, bidirectional: false };
          const { model, x, h0, c0 } = setup(spec, seed, T);
          const all = runBackward(runForward(model, x, { h0, c0 }), { kind: 'sum_all' });
          let loss = 0;
          const gx0 = new Float64Array(2);
          for (let k = 1; k <= T; k++) {
            const g = runBackward(runForward(model, x.slice(0, k * 2), { h0, c0 }), { kind: 'sum_last' });
            loss += g.loss;
            gx0[0] += g.x[0];
            gx0[1] += g.x[1];
          }
          expect(close(all.loss, loss, 1e-12)).toBe(true);
          expect(close(all.x[0], gx0[0], 1e-10)).toBe(true);
          expect(close(all.x[1], gx0[1], 1e-10)).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('truncated BPTT', () => {
  it('detaching every k steps equals backpropagating through the last chunk alone, from its real start state', () => {
    fc.assert(
      fc.property(
        cellArb,
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (cell, seed, T, k) => {
          const spec: ModelSpec = { cell, inputSize: 2, hiddenSize: 3, numLayers: 1, bidirectional: false };
          const { model, x, h0, c0 } = setup(spec, seed, T);
          const full = runForward(model, x, { h0, c0 });
          const g = runBackward(full, { kind: 'sum_last' }, { detachEvery: k });
          const s = Math.floor((T - 1) / k) * k; // first step of the last chunk
          const H = 3;
          const start =
            s === 0
              ? { h0, c0 }
              : {
                  h0: full.streams.l0.h.slice((s - 1) * H, s * H),
                  c0: full.streams.l0.c?.slice((s - 1) * H, s * H),
                };
          const chunk = runBackward(runForward(model, x.slice(s * 2), start), { kind: 'sum_last' });
          for (let t = 0; t < T; t++) {
            for (let u = 0; u < 2; u++) {
              const expected = t < s ? 0 : chunk.x[(t - s) * 2 + u];
              expect(close(g.x[t * 2 + u], expected, 1e-12)).toBe(true);
            }
          }
          g.streams.l0.params.wHh.forEach((v, i) =>
            expect(close(v, chunk.streams.l0.params.wHh[i], 1e-12)).toBe(true),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
