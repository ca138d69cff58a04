// @vitest-environment node
/**
 * The full model's gradients (recurrent stack + head + loss) against central differences, for
 * every parameter of every cell, with the loss on the last step and on every step, and for
 * truncated BPTT against the same model cut into independent chunks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initNet } from '../../src/train/init';
import { computeLoss } from '../../src/train/losses';
import type { Targets } from '../../src/train/losses';
import { forwardNet } from '../../src/train/network';
import type { HeadOn } from '../../src/train/network';
import { lossAndGradients } from '../../src/train/step';
import type { Batch } from '../../src/train/step';
import type { Net } from '../../src/train/model';
import type { CellKind } from '../../src/engine';
import { CELL_KINDS } from '../../src/engine/cells/vocabulary';

function lcg(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomBatch(seed: number, B: number, T: number, I: number, out: number, kind: 'mse' | 'cross_entropy', on: HeadOn): Batch {
  const r = lcg(seed);
  const x = Float64Array.from({ length: B * T * I }, () => r() * 3 - 1.5);
  const rows = on === 'last' ? B : B * T;
  const targets: Targets =
    kind === 'mse'
      ? { kind, y: Float64Array.from({ length: rows * out }, () => r() * 2 - 1) }
      : { kind, y: Int32Array.from({ length: rows }, () => Math.floor(r() * out)) };
  return { input: { B, T, x }, targets };
}

const lossOf = (net: Net, batch: Batch, on: HeadOn) => computeLoss(forwardNet(net, batch.input, on), net.spec.outSize, batch.targets).loss;

const caseArb = fc.record({
  cell: fc.constantFrom<CellKind>(...CELL_KINDS),
  kind: fc.constantFrom<'mse' | 'cross_entropy'>('mse', 'cross_entropy'),
  on: fc.constantFrom<HeadOn>('last', 'all'),
  layers: fc.integer({ min: 1, max: 2 }),
  H: fc.integer({ min: 1, max: 4 }),
  I: fc.integer({ min: 1, max: 3 }),
  T: fc.integer({ min: 1, max: 5 }),
  B: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer({ min: 1, max: 10_000 }),
});

describe('gradients of the whole model agree with central differences', () => {
  it('every parameter, every cell, loss on the last step and on every step', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const net = initNet({ cell: c.cell, inputSize: c.I, hiddenSize: c.H, numLayers: c.layers, outSize: 3 }, { scheme: 'pytorch_default' }, c.seed);
        // Larger weights than the default draw so every nonlinearity is exercised away from 0.
        for (const p of net.params) for (let i = 0; i < p.data.length; i++) p.data[i] *= 2;
        const batch = randomBatch(c.seed + 1, c.B, c.T, c.I, 3, c.kind, c.on);
        const { grads } = lossAndGradients(net, batch, { loss: c.kind, on: c.on, clip: null });
        net.params.forEach((p, k) => {
          for (let i = 0; i < p.data.length; i++) {
            const keep = p.data[i];
            const eps = 1e-6;
            p.data[i] = keep + eps;
            const up = lossOf(net, batch, c.on);
            p.data[i] = keep - eps;
            const down = lossOf(net, batch, c.on);
            p.data[i] = keep;
            const numeric = (up - down) / (2 * eps);
            // ReLU kinks make the difference quotient meaningless right at 0; fast-check rarely lands there.
            expect(Math.abs(grads[k][i] - numeric), `${p.name}[${i}]`).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)) + 1e-7);
          }
        });
      }),
      { numRuns: 60, seed: 20261125 },
    );
  });
});

describe('truncated BPTT', () => {
  it('with the loss on the last step, a window of k gives the gradient of the last chunk alone, started from its detached state', () => {
    for (const cell of ['rnn_tanh', 'lstm', 'gru'] as const) {
      const T = 7;
      const k = 3;
      const net = initNet({ cell, inputSize: 2, hiddenSize: 3, numLayers: 1, outSize: 1 }, { scheme: 'pytorch_default' }, 5);
      const batch = randomBatch(9, 2, T, 2, 1, 'mse', 'last');
      const truncated = lossAndGradients(net, batch, { loss: 'mse', on: 'last', clip: null, detachEvery: k });
      // The state entering step 6 (index 6 = 2k) is detached: only step 7 (index 6) carries gradient to W_hh.
      const full = lossAndGradients(net, batch, { loss: 'mse', on: 'last', clip: null });
      expect(truncated.loss).toBe(full.loss);
      // ‖∂L/∂h_t‖ is zero before the last chunk, and equal to the full run's inside it.
      expect(Array.from(truncated.dhNorm.subarray(0, 6)).every((v) => v === 0)).toBe(true);
      expect(truncated.dhNorm[6]).toBe(full.dhNorm[6]);
      expect(full.dhNorm[0]).toBeGreaterThan(0);
    }
  });
});
