// @vitest-environment node
/** The lab's attention race: deterministic, and on a short length attention solves it first. */
import { describe, expect, it } from 'vitest';
import { AttentionRace, clampRace } from '../../../src/train/seq2seq/attentionRace';

const runToEnd = (length: number, updates: number) => {
  const r = new AttentionRace({ length, updates, seed: 1 });
  while (!r.done) r.step();
  return r.report();
};

describe('the attention race', () => {
  it('the same settings give the same race, bit for bit', () => {
    expect(runToEnd(5, 60)).toEqual(runToEnd(5, 60));
  });

  it('at length 8, attention reverses 90% of held-out sequences exactly within 400 updates and the model without it does not', () => {
    const r = runToEnd(8, 400);
    const [none, dot] = r.runners;
    expect(dot.solvedAt).not.toBeNull();
    expect(none.solvedAt).toBeNull();
    expect(dot.exact).toBeGreaterThan(none.exact);
    // The example's attention rows are distributions.
    for (const row of r.example.attention) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('settings out of range are clamped, never NaN', () => {
    expect(clampRace({ length: 999, updates: Number.NaN, seed: -3 })).toEqual({ length: 20, updates: 1000, seed: 0 });
  });
});
