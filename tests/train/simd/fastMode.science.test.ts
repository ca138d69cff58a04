// @vitest-environment node
/**
 * The float32 fast mode (StepSettings.precision = 'f32') against ground truth it does not share
 * code with: central differences of the float64 loss, and the float64 path over 300 updates of
 * training. The tolerances here are the ones docs/lab.md states for the fast mode.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initNet } from '../../../src/train/init';
import { Arena, ArenaGrown } from '../../../src/train/simd/arena';
import { DEFAULT_RACE, Race } from '../../../src/train/race';
import { lossAndGradients } from '../../../src/train/step';
import { F32_AGREEMENT } from '../../../src/train/settings';
import { buildCase, centralDifferences, gradientCase, randomBatch } from '../gradientCheck';

describe('the float32 fast mode', () => {
  it('gives every parameter the gradient central differences of the float64 loss give, to float32 accuracy', () => {
    fc.assert(
      fc.property(gradientCase({ H: 9, T: 6, B: 6 }), (c) => {
        const { net, batch } = buildCase(c);
        const { grads } = lossAndGradients(net, batch, {
          loss: c.kind,
          on: c.on,
          clip: null,
          precision: 'f32',
        });
        centralDifferences(net, batch, c.on, (numeric, k, i, name) => {
          expect(Math.abs(grads[k][i] - numeric), `${c.cell} ${name}[${i}]`).toBeLessThan(
            2e-5 * Math.max(1, Math.abs(numeric)),
          );
        });
      }),
      { numRuns: 40, seed: 20261203 },
    );
  });

  it(
    `the default race's weights in 32-bit stay within ${F32_AGREEMENT.relative} of the 64-bit race's over ${F32_AGREEMENT.updates} updates, and both learn`,
    { timeout: 120_000 },
    () => {
      const settings = { ...DEFAULT_RACE, maxUpdates: F32_AGREEMENT.updates, minGru: true };
      const [r64, r32] = [
        new Race({ ...settings, precision: 'f64' }),
        new Race({ ...settings, precision: 'f32' }),
      ];
      while (!r64.done) {
        r64.step();
        r32.step();
      }
      const [a, b] = [r64.report().runners, r32.report().runners];
      a.forEach((r, i) => {
        expect(Math.abs(b[i].loss - r.loss), `${r.cell} loss`).toBeLessThan(1e-3 * r.loss);
        const [n64, n32] = [r64.net(i), r32.net(i)];
        let num = 0;
        let den = 0;
        n64.params.forEach((p, k) =>
          p.data.forEach((v, j) => {
            num += (v - n32.params[k].data[j]) ** 2;
            den += v * v;
          }),
        );
        expect(Math.sqrt(num / den), r.cell).toBeLessThan(F32_AGREEMENT.relative);
      });
      // The runs moved: the GRU (the fastest learner here) is well below the baseline (1/6) they start at.
      expect(a[2].cell).toBe('gru');
      expect(a[2].ema).toBeLessThan(0.1);
    },
  );

  it('a step that outgrows the arena runs again and gives the same bits as one that fits', () => {
    const net = initNet(
      { cell: 'lstm', inputSize: 2, hiddenSize: 24, numLayers: 2, outSize: 1 },
      { scheme: 'pytorch_default' },
      5,
    );
    const small = randomBatch(1, 2, 3, 2, 1, 'mse', 'last');
    lossAndGradients(net, small, { loss: 'mse', on: 'last', clip: null, precision: 'f32' });
    const arena = Arena.get();
    const before = arena.k.memory.buffer.byteLength;
    // 48 x 300 steps x 2 layers of LSTM buffers: far more than the memory holds after the small step.
    const big = randomBatch(2, 48, 300, 2, 1, 'mse', 'all');
    const keep = net.params.map((p) => p.data.slice());
    const grown = lossAndGradients(net, big, { loss: 'mse', on: 'all', clip: null, precision: 'f32' });
    expect(arena.k.memory.buffer.byteLength).toBeGreaterThan(before);
    expect(net.params.map((p) => Array.from(p.data))).toEqual(keep.map((d) => Array.from(d)));
    const fits = lossAndGradients(net, big, { loss: 'mse', on: 'all', clip: null, precision: 'f32' });
    expect(fits.loss).toBe(grown.loss);
    expect(fits.grads.map((g) => Array.from(g))).toEqual(grown.grads.map((g) => Array.from(g)));
    expect(Number.isFinite(fits.loss)).toBe(true);
  });

  it('alloc grows the memory and throws rather than hand out a view that the growth detaches', () => {
    const arena = Arena.get();
    arena.reset();
    const size = arena.k.memory.buffer.byteLength;
    expect(() => arena.alloc(size)).toThrow(ArenaGrown);
    arena.reset();
    expect(arena.alloc(size / 8).length).toBe(size / 8);
  });

  it('the committed module is the compile of wasm/gemm.ts', () => {
    // Throws (exit 1) when src/train/simd/gemmBinary.ts is stale.
    expect(() =>
      execFileSync('node', ['scripts/build-wasm.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  }, 60_000);
});
