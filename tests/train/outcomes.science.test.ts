// @vitest-environment node
/**
 * The lab states what it measured on each task (TaskInfo.measured, shown on the page). These tests
 * re-run seed 1 of each statement — the same seeded race, so the same numbers bit for bit — and
 * check the shape the page claims.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RACE, Race } from '../../src/train/race';
import type { RaceSettings } from '../../src/train/settings';
import { taskById } from '../../src/train/tasks';

function race(s: Partial<RaceSettings>) {
  const r = new Race({ ...DEFAULT_RACE, ...s });
  while (!r.done) r.step();
  const [vanilla, lstm, gru] = r.report().runners;
  return { vanilla, lstm, gru };
}

describe('what the lab says it measured', () => {
  it(
    'adding problem, T = 50, defaults: the GRU solves first, the LSTM later after a plateau, the vanilla RNN stays at the baseline',
    { timeout: 300_000 },
    () => {
      expect(taskById('adding').measured).toMatch(
        /GRU solves it.*LSTM too after a plateau.*vanilla RNN stays at the baseline/,
      );
      const { vanilla, lstm, gru } = race({ maxUpdates: 900 });
      expect(gru.solvedAt).not.toBeNull();
      expect(gru.solvedAt as number).toBeLessThanOrEqual(400);
      expect(lstm.solvedAt).not.toBeNull();
      expect(lstm.solvedAt as number).toBeGreaterThan(gru.solvedAt as number);
      expect(vanilla.solvedAt).toBeNull();
      expect(vanilla.ema).toBeGreaterThan(0.1);
    },
  );

  it(
    'temporal order, T = 50: with chrono the LSTM solves it by update 178 and the GRU too; the vanilla RNN stays near chance',
    { timeout: 300_000 },
    () => {
      expect(taskById('temporal_order').measured).toMatch(
        /with chrono initialisation it solves all 3, by update 119–178/,
      );
      const { vanilla, lstm, gru } = race({ task: 'temporal_order', lstmInit: 'chrono', maxUpdates: 700 });
      expect(lstm.solvedAt).not.toBeNull();
      expect(lstm.solvedAt as number).toBeLessThanOrEqual(178);
      expect(gru.solvedAt).not.toBeNull();
      expect(gru.solvedAt as number).toBeLessThanOrEqual(674);
      expect(vanilla.solvedAt).toBeNull();
      expect(vanilla.ema).toBeLessThan(0.4);
    },
  );

  it(
    'temporal order, T = 50: with forget bias 1 the LSTM of seed 1 has not solved it by update 1,000',
    { timeout: 300_000 },
    () => {
      expect(taskById('temporal_order').measured).toMatch(/forget bias 1 solves it for none of the 3/);
      const { lstm } = race({ task: 'temporal_order', maxUpdates: 1000 });
      expect(lstm.solvedAt).toBeNull();
    },
  );
});
