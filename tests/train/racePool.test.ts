// @vitest-environment node
/** A race split over workers gives the whole race's report and weights, bit for bit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RACE, Race } from '../../src/train/race';
import type { RaceSettings } from '../../src/train/settings';
import { busiestShare, mergeReports, runnerCount, splitRunners } from '../../src/train/racePool';
import { REFERENCE_RACE, estimateRaceMs } from '../../src/train/estimate';

const whole = (s: RaceSettings) => {
  const r = new Race(s);
  while (!r.done) r.step();
  return r;
};

/** Each worker's part trained to its end, as the pool's workers do, then merged. */
function pooled(s: RaceSettings, workers: number) {
  const parts = splitRunners(s, workers).map((indices) => new Race(s, indices));
  for (const p of parts) while (!p.done) p.step();
  return {
    parts,
    report: mergeReports(
      s,
      parts.map((p) => ({ indices: p.indices, report: p.report('current') })),
    ),
  };
}

describe('splitting a race over workers', () => {
  it('hosts every runner exactly once, in at most as many groups as workers, none empty', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 16 }),
        (seedCount, minGru, workers) => {
          const s = { ...DEFAULT_RACE, seedCount, minGru };
          const groups = splitRunners(s, workers);
          expect(groups.length).toBe(Math.min(workers, runnerCount(s)));
          expect(groups.every((g) => g.length > 0)).toBe(true);
          expect(groups.flat().sort((a, b) => a - b)).toEqual(
            Array.from({ length: runnerCount(s) }, (_, i) => i),
          );
        },
      ),
    );
  });

  it('balances the cells’ costs: one seed of RNN (1 block), LSTM (4), GRU (3) splits 4 | 4 over two workers', () => {
    // The adding problem has 2 inputs and H = 16: per update a runner costs H·(G·2 + blocks·H).
    expect(splitRunners(DEFAULT_RACE, 2)).toEqual([[1], [0, 2]]);
    expect(busiestShare(DEFAULT_RACE, 2)).toBeCloseTo(
      (16 * (4 * 2 + 4 * 16)) / (16 * (1 * 2 + 16) + 16 * (4 * 2 + 4 * 16) + 16 * (3 * 2 + 3 * 16)),
      12,
    );
    expect(busiestShare(DEFAULT_RACE, 1)).toBe(1);
  });
});

describe('a pooled race', () => {
  const small = { ...DEFAULT_RACE, T: 8, hidden: 4, batch: 4, maxUpdates: 25 };

  it('gives the same report and the same weights as the whole race, for any split', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        (seedCount, workers, minGru) => {
          const s = { ...small, seedCount, minGru };
          const one = whole(s);
          const { parts, report } = pooled(s, workers);
          expect(report).toEqual(one.report('current'));
          for (const p of parts) for (const i of p.indices) expect(p.net(i)).toEqual(one.net(i));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('stops where the whole race stops when every runner diverges, though its workers ran on', () => {
    const s: RaceSettings = { ...small, lr: 1e9, clip: null, optimizer: 'sgd', maxUpdates: 60 };
    const one = whole(s).report('current');
    // The whole race ended early, at its last divergence: the case this test is about.
    expect(one.runners.every((r) => r.divergedAt !== null)).toBe(true);
    expect(one.update).toBeLessThan(s.maxUpdates);
    const { parts, report } = pooled(s, 2);
    expect(parts.every((p) => p.update === s.maxUpdates)).toBe(true);
    expect(report).toEqual(one);
  });

  it('a worker never trains a runner it does not host', () => {
    const part = new Race(small, [1]);
    expect(() => part.net(0)).toThrow(/not trained here/);
    expect(part.report().runners.map((r) => r.cell)).toEqual(['lstm']);
  });
});

describe('the estimate on several cores', () => {
  it('halves the measured race on two cores: its 9 runners (costs 1, 4, 3 per seed, 24 in all) split 12 | 12', () => {
    const measured = { ...DEFAULT_RACE, ...REFERENCE_RACE.settings };
    expect(estimateRaceMs(measured, 1)).toBe(REFERENCE_RACE.ms.f32);
    expect(estimateRaceMs(measured, 2)).toBeCloseTo(REFERENCE_RACE.ms.f32 / 2, 6);
    // One seed on 2 cores: the LSTM (4 of 8) alone on one of them, so half as well.
    expect(estimateRaceMs({ ...measured, seedCount: 1 }, 2)).toBeCloseTo(REFERENCE_RACE.ms.f32 / 3 / 2, 6);
    // More cores than runners: the busiest still carries one LSTM, a sixth of 3 seeds' work.
    expect(estimateRaceMs(measured, 16)).toBeCloseTo(REFERENCE_RACE.ms.f32 / 6, 6);
  });

  it('scales from the race measured in the arithmetic the settings train in; saved settings without one are 64-bit', () => {
    const measured = { ...DEFAULT_RACE, ...REFERENCE_RACE.settings };
    expect(estimateRaceMs({ ...measured, precision: 'f64' }, 1)).toBe(REFERENCE_RACE.ms.f64);
    const { precision: _, ...older } = measured;
    expect(estimateRaceMs(older as typeof measured, 1)).toBe(REFERENCE_RACE.ms.f64);
    expect(REFERENCE_RACE.ms.f32).toBeLessThan(REFERENCE_RACE.ms.f64);
  });
});
