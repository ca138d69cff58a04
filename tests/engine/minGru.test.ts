// @vitest-environment node
/**
 * minGRU, a cell with no PyTorch module (Feng et al. 2024): checked against its paper's equations
 * written out here independently, and against the one property that defines it. (Its gradients
 * against central differences are in properties.test.ts, with every other cell's.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { influenceOfInput, initModel, runForward } from '../../src/engine';

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

describe('minGRU', () => {
  it('computes the paper’s h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t with z_t = σ(W_z x + b_z), h̃_t = W_h x + b_h', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 500 }),
        (H, I, T, seed) => {
          const model = initModel(
            { cell: 'mingru', inputSize: I, hiddenSize: H, numLayers: 1, bidirectional: false },
            seed,
          );
          const p = model.params.l0;
          // No recurrent weights at all: only W_ih's two blocks (z, h̃) and their bias.
          expect([p.wIh.length, p.bIh.length, p.wHh.length, p.bHh.length]).toEqual([2 * H * I, 2 * H, 0, 0]);
          const x = Float64Array.from({ length: T * I }, (_, k) => Math.sin(seed + 1.7 * k));
          const got = runForward(model, x).streams.l0.h;
          const h = new Float64Array(H);
          for (let t = 0; t < T; t++) {
            for (let j = 0; j < H; j++) {
              let az = p.bIh[j];
              let ah = p.bIh[H + j];
              for (let i = 0; i < I; i++) {
                az += p.wIh[j * I + i] * x[t * I + i];
                ah += p.wIh[(H + j) * I + i] * x[t * I + i];
              }
              const z = sigmoid(az);
              h[j] = (1 - z) * h[j] + z * ah;
              expect(Math.abs(got[t * H + j] - h[j])).toBeLessThan(1e-12 * Math.max(1, Math.abs(h[j])));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('its state Jacobian is diag(1 − z_t): each step shrinks the first word’s signal by at most max(1 − z_t)', () => {
    const model = initModel(
      { cell: 'mingru', inputSize: 3, hiddenSize: 8, numLayers: 1, bidirectional: false },
      7,
    );
    const x = Float64Array.from({ length: 20 * 3 }, (_, k) => Math.cos(k));
    const tr = runForward(model, x).streams.l0;
    const infl = influenceOfInput(runForward(model, x), 'l0', 0);
    for (let t = 1; t < 20; t++) {
      const keep = Math.max(...Array.from({ length: 8 }, (_, j) => 1 - tr.gates[t * 16 + j]));
      expect(infl[t]).toBeLessThanOrEqual(keep * infl[t - 1] * (1 + 1e-12));
    }
  });
});
