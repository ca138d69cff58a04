/** The attention race's client over a pool of workers (in this thread: jsdom has no Worker) gives the race one worker would. */
import { describe, expect, it } from 'vitest';
import { createAttentionClient } from '../../../src/features/lab/attentionClient';
import { AttentionRace } from '../../../src/train/seq2seq/attentionRace';
import type { AttentionRaceSettings } from '../../../src/train/seq2seq/attentionRace';

// Races of a few hundred updates: seconds on an idle core, several times that with both cores busy.
const RACE_TIMEOUT_MS = 300_000;

const whole = (s: AttentionRaceSettings) => {
  const r = new AttentionRace(s);
  while (!r.done) r.step();
  return r;
};

describe('the attention race on a pool of workers', () => {
  it(
    'trains to the end and opens the same pair as one whole race',
    async () => {
      const s = { length: 4, updates: 120, seeds: 2 };
      const client = await createAttentionClient(3);
      expect(client.workers).toBe(3);
      expect((await client.reset(s)).runners.map((r) => `${r.seed}:${r.attention}`)).toEqual([
        '1:none',
        '1:dot',
        '2:none',
        '2:dot',
      ]);
      const seen: number[] = [];
      const end = await client.run((r) => seen.push(r.update));
      const one = whole(s);
      expect(end).toEqual(one.report());
      expect(seen.at(-1)).toBe(120);
      expect(await client.pair()).toEqual(one.pair());
      client.dispose();
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'stops where the whole race stops once every run has solved',
    async () => {
      const s = { length: 4, updates: 1000, seeds: 1 };
      const client = await createAttentionClient(2);
      await client.reset(s);
      const end = await client.run(() => undefined);
      const one = whole(s).report();
      expect(one.update).toBeLessThan(1000);
      expect(end).toEqual(one);
      client.dispose();
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'a pause lines the workers up at one update, as one worker would stand, and the race goes on to the same end',
    async () => {
      const s = { length: 4, updates: 150, seeds: 2 };
      const client = await createAttentionClient(2);
      await client.reset(s);
      const running = client.run(() => undefined);
      const paused = await client.pause();
      await running;
      expect(paused.update).toBeGreaterThan(0);
      expect(paused.done).toBe(false);
      const r = new AttentionRace(s);
      while (r.update < paused.update) r.step();
      expect(paused).toEqual(r.report());
      // Resumed, it ends where the race that never paused ends; asked again, it trains no further.
      const end = await client.run(() => undefined);
      expect(end).toEqual(whole(s).report());
      expect(await client.run(() => undefined)).toEqual(end);
      client.dispose();
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'Start right after a setting changed trains the new race, not a pool still waiting for its reset',
    async () => {
      const client = await createAttentionClient(2);
      void client.reset({ length: 4, updates: 60, seeds: 1 });
      void client.reset({ length: 5, updates: 60, seeds: 2 });
      const end = await client.run(() => undefined);
      expect(end).toEqual(whole({ length: 5, updates: 60, seeds: 2 }).report());
      client.dispose();
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'on one worker the whole race stops itself once every run has solved',
    async () => {
      const s = { length: 4, updates: 1000, seeds: 1 };
      const client = await createAttentionClient(1);
      await client.reset(s);
      expect(await client.run(() => undefined)).toEqual(whole(s).report());
      client.dispose();
    },
    RACE_TIMEOUT_MS,
  );
});
