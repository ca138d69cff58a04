// @vitest-environment node
/** The race's held-out evaluation: chunked, in the race's arithmetic, with the gate histogram. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIST_BINS, evaluateHeldOut } from '../../src/train/heldOut';
import { initNet } from '../../src/train/init';
import { computeLoss } from '../../src/train/losses';
import { forwardNet } from '../../src/train/network';
import { heldOutBatch, taskById } from '../../src/train/tasks';
import type { CellKind } from '../../src/engine/types';
import type { TaskId } from '../../src/train/tasks';

const setup = (taskId: TaskId, cell: CellKind, B = 24, T = 12) => {
  const task = taskById(taskId);
  const net = initNet(
    { cell, inputSize: task.inputSize, hiddenSize: 5, numLayers: 1, outSize: task.outSize },
    { scheme: 'pytorch_default' },
    3,
  );
  return { task, net, batch: heldOutBatch(task, T, B, 1) };
};

describe('the held-out evaluation', () => {
  // Dense targets (parity: one per step) and one per sequence (adding: MSE; temporal order: classes).
  it.each([
    ['adding', 'lstm'],
    ['temporal_order', 'gru'],
    ['parity', 'lstm'],
  ] as const)(
    'in float64, in chunks of any size, gives one forward pass’s loss and accuracy (%s, %s)',
    (taskId, cell) => {
      const { task, net, batch } = setup(taskId, cell);
      const whole = computeLoss(forwardNet(net, batch.input, task.on), task.outSize, batch.targets);
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 30 }), (rows) => {
          const r = evaluateHeldOut(net, batch, task.on, 'f64', rows);
          expect(r.loss).toBeCloseTo(whole.loss, 12);
          if (whole.accuracy === null) expect(r.accuracy).toBeNull();
          else expect(r.accuracy).toBeCloseTo(whole.accuracy, 12);
        }),
        { numRuns: 12 },
      );
    },
  );

  it('counts every gate value of every sequence and step once, whatever the chunks', () => {
    const { task, net, batch } = setup('parity', 'lstm', 10, 7);
    const gates = forwardNet(net, batch.input, task.on).layers[0].gates;
    // The forget gate is the LSTM's second block of H per row; count it here the plain way.
    const H = 5;
    const expected = Array.from<number>({ length: HIST_BINS }).fill(0);
    for (let n = 0; n < gates.length / (4 * H); n++)
      for (let j = 0; j < H; j++)
        expected[Math.min(HIST_BINS - 1, Math.floor(gates[n * 4 * H + H + j] * HIST_BINS))]++;
    const share = expected.map((c) => c / (10 * 7 * H));
    for (const rows of [1, 3, 10]) {
      const got = evaluateHeldOut(net, batch, task.on, 'f64', rows).gates;
      got.forEach((v, i) => expect(v).toBeCloseTo(share[i], 12));
    }
  });

  it('in float32 (the fast mode) agrees with float64 to float32’s precision; with no arithmetic named, it is float64', () => {
    const { task, net, batch } = setup('temporal_order', 'lstm', 32, 20);
    const f64 = evaluateHeldOut(net, batch, task.on, 'f64', 8);
    const f32 = evaluateHeldOut(net, batch, task.on, 'f32', 8);
    expect(f32.loss).not.toBe(f64.loss);
    expect(Math.abs(f32.loss - f64.loss) / f64.loss).toBeLessThan(1e-5);
    expect(f32.accuracy).toBe(f64.accuracy);
    // Settings saved before the fast mode existed name no arithmetic: they stay in float64.
    expect(evaluateHeldOut(net, batch, task.on, undefined, 8)).toEqual(f64);
  });

  it('has an empty histogram for a cell without the gate', () => {
    const { task, net, batch } = setup('adding', 'rnn_tanh');
    expect(evaluateHeldOut(net, batch, task.on, 'f64', 8).gates).toEqual(
      Array.from<number>({ length: HIST_BINS }).fill(0),
    );
  });
});
