/** The lab's one plain sentence of who won, from the race's own numbers. */
import { describe, expect, it } from 'vitest';
import { labOutcome } from '../../src/compute/labOutcome';
import type { RaceReport, RunnerState } from '../../src/train/race';
import type { CellKind } from '../../src/engine/types';
import { taskById } from '../../src/train/tasks';

const runner = (cell: CellKind, solvedAt: number | null, divergedAt: number | null = null): RunnerState => ({
  cell,
  seed: 1,
  params: 0,
  loss: 0.1,
  ema: 0.1,
  accuracy: null,
  gradNorm: 1,
  dhNorm: [],
  solvedAt,
  divergedAt,
});

const adding = taskById('adding');
const cells: CellKind[] = ['rnn_tanh', 'lstm', 'gru'];

function report(done: boolean, runners: RunnerState[], heldOut: number[]): RaceReport {
  return {
    update: done ? 2000 : 500,
    done,
    runners,
    curve: [{ update: 500, loss: heldOut, accuracy: heldOut.map(() => null) }],
    gates: [],
  };
}

describe('the lab’s outcome sentence', () => {
  it('puts the cell that solved it first, with its update, and says who stayed at the no-memory baseline', () => {
    // Held-out MSE: the vanilla RNN at the baseline (1/6), the LSTM well below it, the GRU solved.
    const r = report(
      true,
      [runner('rnn_tanh', null), runner('lstm', null), runner('gru', 249)],
      [0.166, 0.05, 0.004],
    );
    const s = labOutcome(r, cells, adding, 50, 2000)!;
    expect(s).toBe(
      'After 2,000 updates: the GRU solved it at update 249; the vanilla RNN ended no better than a model with no memory (predict the mean); the LSTM did better than a model with no memory but did not solve it.',
    );
  });

  it('speaks of the race so far while it runs, and names a diverged cell', () => {
    const r = report(
      false,
      [runner('rnn_tanh', null, 120), runner('lstm', null), runner('gru', null)],
      [NaN, 0.17, 0.16],
    );
    const s = labOutcome(r, cells, adding, 50, 2000)!;
    expect(s.startsWith('So far, at update 500 of 2,000: ')).toBe(true);
    expect(s).toContain('the vanilla RNN diverged');
    expect(s).toContain('the LSTM has not yet done better than a model with no memory');
  });

  it('counts the seeds that solved it, and says nothing before the first update', () => {
    const two = [runner('gru', 300), { ...runner('gru', null), seed: 2 }];
    const s = labOutcome(report(true, two, [0.004, 0.2]), ['gru'], adding, 50, 2000)!;
    expect(s).toContain('the GRU solved it at update 300 (1 of 2 seeds)');
    expect(labOutcome({ ...report(false, two, [0, 0]), update: 0 }, ['gru'], adding, 50, 2000)).toBeNull();
  });
});
