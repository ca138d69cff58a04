// @vitest-environment node
/** The attention race split over workers gives the whole race's report and models, bit for bit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttentionRace } from '../../../src/train/seq2seq/attentionRace';
import type { AttentionRaceSettings } from '../../../src/train/seq2seq/attentionRace';
import {
  attentionRunnerCount,
  attentionRunnerWork,
  mergeAttentionParts,
  nextBarrier,
  splitAttentionRace,
} from '../../../src/train/seq2seq/attentionRacePool';

// Races of a few hundred updates: seconds on an idle core, several times that with both cores busy.
const RACE_TIMEOUT_MS = 300_000;

const whole = (s: AttentionRaceSettings) => {
  const r = new AttentionRace(s);
  while (!r.done) r.step();
  return r;
};

/** The pool's schedule, in one thread: every part trains to the barrier, then the merged report decides. */
function pooled(s: AttentionRaceSettings, workers: number) {
  const parts = splitAttentionRace(s, workers).map((only) => new AttentionRace(s, only));
  const merge = () =>
    mergeAttentionParts(
      s,
      parts.map((p) => ({ indices: p.indices, report: p.report() })),
    );
  let barrier = nextBarrier(s, 0);
  for (;;) {
    for (const p of parts) while (!p.done && p.update < barrier) p.step();
    const m = merge();
    if (m.done) return { parts, report: m };
    barrier = nextBarrier(s, m.update);
  }
}

describe('splitting the attention race over workers', () => {
  it('hosts every run exactly once, in at most as many groups as workers, none empty', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 4, max: 20 }),
        fc.integer({ min: 1, max: 16 }),
        (seeds, length, workers) => {
          const s = { length, updates: 100, seeds };
          const groups = splitAttentionRace(s, workers);
          expect(groups.length).toBe(Math.min(workers, 2 * seeds));
          expect(groups.every((g) => g.length > 0)).toBe(true);
          expect(groups.flat().sort((a, b) => a - b)).toEqual(
            Array.from({ length: attentionRunnerCount(s) }, (_, i) => i),
          );
        },
      ),
    );
  });

  it('counts attention’s extra work, which grows with the length', () => {
    // GRU, 10 symbols, 32 units: encoder 96·(10 + 32), decoder 96·(11 + 32), readout 10·32 or 10·64, attention 4·L·H.
    expect(attentionRunnerWork('none', 12)).toBe(96 * 42 + 96 * 43 + 320);
    expect(attentionRunnerWork('dot', 12)).toBe(96 * 42 + 96 * 43 + 640 + 4 * 12 * 32);
    // Three seeds on two workers: the three costlier attention runs cannot all share one worker.
    const groups = splitAttentionRace({ length: 12, updates: 100, seeds: 3 }, 2);
    expect(groups.map((g) => g.filter((i) => i % 2 === 1).length).sort()).toEqual([1, 2]);
  });

  it('holds the parts at each held-out evaluation, never past the budget', () => {
    expect(nextBarrier({ length: 6, updates: 1000, seeds: 1 }, 0)).toBe(50);
    expect(nextBarrier({ length: 6, updates: 1000, seeds: 1 }, 50)).toBe(100);
    expect(nextBarrier({ length: 6, updates: 1000, seeds: 1 }, 73)).toBe(100);
    expect(nextBarrier({ length: 6, updates: 130, seeds: 1 }, 100)).toBe(130);
  });
});

describe('a pooled attention race', () => {
  it(
    'gives the same report and the same models as the whole race, for any split',
    () => {
      // One whole race per seed count, each compared with several splits.
      const wholes = new Map<number, AttentionRace>();
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 6 }), (seeds, workers) => {
          const s = { length: 4, updates: 60, seeds };
          const one = wholes.get(seeds) ?? wholes.set(seeds, whole(s)).get(seeds)!;
          const { parts, report } = pooled(s, workers);
          expect(report).toEqual(one.report());
          for (const p of parts) for (const i of p.indices) expect(p.model(i)).toEqual(one.model(i));
        }),
        { numRuns: 6 },
      );
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'stops where the whole race stops when every run has solved, though one worker’s runs solved long before',
    () => {
      const s = { length: 4, updates: 1000, seeds: 1 };
      const one = whole(s).report();
      // The whole race ended early, on its last solve, and its two runs solved at different evaluations: the case this test is about.
      expect(one.update).toBeLessThan(s.updates);
      expect(new Set(one.runners.map((r) => r.solvedAt)).size).toBe(2);
      const { parts, report } = pooled(s, 2);
      expect(parts.every((p) => p.update === one.update && !p.done)).toBe(true);
      expect(report).toEqual(one);
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'while the parts stand apart, says no run solved later than the update it shows',
    () => {
      const s = { length: 4, updates: 1000, seeds: 1 };
      const [none, dot] = [new AttentionRace(s, [0]), new AttentionRace(s, [1])];
      while (dot.report().runners[0].solvedAt === null) dot.step();
      const solvedAt = dot.update;
      while (none.update < solvedAt - 50) none.step();
      const parts = [none, dot].map((p) => ({ indices: p.indices, report: p.report() }));
      const m = mergeAttentionParts(s, parts);
      expect(m.update).toBe(solvedAt - 50);
      expect(m.runners[1].solvedAt).toBeNull();
      // Once the slower part catches up, the solve is there.
      while (none.update < solvedAt) none.step();
      expect(
        mergeAttentionParts(
          s,
          [none, dot].map((p) => ({ indices: p.indices, report: p.report() })),
        ).runners[1].solvedAt,
      ).toBe(solvedAt);
    },
    RACE_TIMEOUT_MS,
  );

  it('a worker never trains a run it does not host', () => {
    const part = new AttentionRace({ length: 4, updates: 100, seeds: 2 }, [3]);
    expect(() => part.model(0)).toThrow(/not trained here/);
    expect(part.report().runners.map((r) => `${r.seed}:${r.attention}`)).toEqual(['2:dot']);
    // Seed 1's example is left to the workers that host seed 1.
    expect(part.report().example.outputs).toEqual([[], []]);
    expect(part.report().example.attention).toEqual([]);
  });
});
