// @vitest-environment node
/**
 * The full model's gradients (recurrent stack + head + loss) against central differences, for
 * every parameter of every cell, with the loss on the last step and on every step, and for
 * truncated BPTT against the same model cut into independent chunks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initNet } from '../../src/train/init';
import { lossAndGradients } from '../../src/train/step';
import { buildCase, centralDifferences, gradientCase, randomBatch } from './gradientCheck';

describe('gradients of the whole model agree with central differences', () => {
  it('every parameter, every cell, loss on the last step and on every step', () => {
    fc.assert(
      fc.property(gradientCase({ H: 4, T: 5, B: 3 }), (c) => {
        const { net, batch } = buildCase(c);
        const { grads } = lossAndGradients(net, batch, { loss: c.kind, on: c.on, clip: null });
        centralDifferences(net, batch, c.on, (numeric, k, i, name) => {
          // ReLU kinks make the difference quotient meaningless right at 0; fast-check rarely lands there.
          expect(Math.abs(grads[k][i] - numeric), `${name}[${i}]`).toBeLessThan(
            1e-6 * Math.max(1, Math.abs(numeric)) + 1e-7,
          );
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
      const net = initNet(
        { cell, inputSize: 2, hiddenSize: 3, numLayers: 1, outSize: 1 },
        { scheme: 'pytorch_default' },
        5,
      );
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
