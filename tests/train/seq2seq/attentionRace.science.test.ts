// @vitest-environment node
/** The lab's attention race: deterministic, several seeds, and on a short length attention solves it first. */
import { describe, expect, it } from 'vitest';
import { AttentionRace, clampRace, raceOutcome } from '../../../src/train/seq2seq/attentionRace';
import { seq2seqFromPyTorch } from '../../../src/train/seq2seq/model';
import { specFor } from '../../../src/compute/seq2seqModels';
import { decodeScore } from '../../../src/train/seq2seq/train';
import { heldOutAt } from '../../../src/train/seq2seq/protocol';
import { REVERSE } from '../../../src/train/seq2seq/tasks';

// 3,600 training steps: ~20 s on an idle core, several times that with both cores busy. A bound on
// the wait, not on the speed (the speed is bench:race's business).
const RACE_TIMEOUT_MS = 300_000;

const runToEnd = (length: number, updates: number, seeds: number) => {
  const r = new AttentionRace({ length, updates, seeds });
  while (!r.done) r.step();
  return r;
};

describe('the attention race', () => {
  it('the same settings give the same race, bit for bit', () => {
    expect(runToEnd(5, 60, 2).report()).toEqual(runToEnd(5, 60, 2).report());
  });

  it('each seed races on its own batches: seed 1 of a two-seed race is the one-seed race', () => {
    const one = runToEnd(5, 60, 1).report();
    const two = runToEnd(5, 60, 2).report();
    expect(two.runners.slice(0, 2)).toEqual(one.runners);
    expect(two.runners[2].loss).not.toBe(two.runners[0].loss);
  });

  it(
    'at length 8, attention reverses 90% of held-out sequences exactly within a 600-update budget on all 3 seeds, and the model without it on none',
    () => {
      const race = runToEnd(8, 600, 3);
      const r = race.report();
      expect(r.runners.map((x) => `${x.seed}:${x.attention}`)).toEqual([
        '1:none',
        '1:dot',
        '2:none',
        '2:dot',
        '3:none',
        '3:dot',
      ]);
      const [none, dot] = raceOutcome(r);
      expect(dot.solved).toBe(3);
      expect(none.solved).toBe(0);
      expect(none.medianSolvedAt).toBeNull();
      const solvedAt = r.runners
        .filter((x) => x.attention === 'dot')
        .map((x) => x.solvedAt!)
        .sort((a, b) => a - b);
      expect(dot.medianSolvedAt).toBe(solvedAt[1]);
      expect(dot.meanExact).toBeGreaterThan(none.meanExact);
      // The example's attention rows are distributions.
      for (const row of r.example.attention) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      // The pair handed to the explainer is seed 1's, and scores what the race measured.
      const pair = race.pair();
      expect(pair.length).toBe(8);
      const held = heldOutAt(REVERSE, 8);
      const small = { ...held, B: 100, src: held.src.subarray(0, 800), tgt: held.tgt.subarray(0, 800) };
      expect(decodeScore(seq2seqFromPyTorch(specFor('dot'), pair.models.dot), small).exact).toBeCloseTo(
        r.runners[1].exact,
        12,
      );
      expect(decodeScore(seq2seqFromPyTorch(specFor('none'), pair.models.none), small).exact).toBeCloseTo(
        r.runners[0].exact,
        12,
      );
    },
    RACE_TIMEOUT_MS,
  );

  it('the median counts an unsolved seed as later than any solved one, and is unknown when half have not solved', () => {
    const runner = (solvedAt: number | null) => ({
      attention: 'dot' as const,
      seed: 1,
      loss: 0,
      exact: 0,
      perSymbol: 0,
      solvedAt,
    });
    expect(raceOutcome({ runners: [runner(300), runner(null), runner(100)] })[1].medianSolvedAt).toBe(300);
    expect(raceOutcome({ runners: [runner(300), runner(100)] })[1].medianSolvedAt).toBe(200);
    expect(raceOutcome({ runners: [runner(300), runner(null)] })[1].medianSolvedAt).toBeNull();
    expect(raceOutcome({ runners: [runner(300), runner(null), runner(null)] })[1]).toMatchObject({
      solved: 1,
      medianSolvedAt: null,
    });
  });

  it('settings out of range are clamped, never NaN', () => {
    expect(clampRace({ length: 999, updates: Number.NaN, seeds: -3 })).toEqual({
      length: 20,
      updates: 1000,
      seeds: 1,
    });
  });
});
