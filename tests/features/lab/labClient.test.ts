/** The lab's client over a pool of sessions (in this thread: jsdom has no Worker) gives the race one worker would. */
import { describe, expect, it } from 'vitest';
import { createLabClient } from '../../../src/features/lab/labClient';
import type { LabReport } from '../../../src/features/lab/labSession';
import { netToEngineModel } from '../../../src/train/model';
import { Race } from '../../../src/train/race';
import { DEFAULT_RACE } from '../../../src/train/settings';
import type { RaceSettings } from '../../../src/train/settings';

const small: RaceSettings = { ...DEFAULT_RACE, T: 8, hidden: 4, batch: 4, maxUpdates: 40, seedCount: 2 };
const whole = (s: RaceSettings) => {
  const r = new Race(s);
  while (!r.done) r.step();
  return r;
};
/** What the page shows of a report, without the wall-clock time. */
const shown = (r: LabReport) => ({ update: r.update, done: r.done, runners: r.runners, curve: r.curve });

describe('the lab on a pool of sessions', () => {
  it('steps, trains to the end and opens the same models as one whole race', async () => {
    const client = await createLabClient(3);
    expect(client.workers).toBe(3);
    const first = await client.reset(small);
    expect(first.runners.map((r) => `${r.cell}:${r.seed}`)).toEqual([
      'rnn_tanh:1',
      'lstm:1',
      'gru:1',
      'rnn_tanh:2',
      'lstm:2',
      'gru:2',
    ]);
    expect((await client.stepOnce()).update).toBe(1);
    const seen: number[] = [];
    const end = await client.run((r) => seen.push(r.update));
    const one = whole(small);
    const { gates: _g, ...expected } = one.report('current');
    expect(shown(end)).toEqual(expected);
    expect(end.gates).toEqual(one.report('current').gates);
    expect(seen.at(-1)).toBe(40);
    const bundle = await client.trained();
    for (const m of bundle.models)
      expect(m.weights).toEqual(
        netToEngineModel(one.net(['rnn_tanh', 'lstm', 'gru'].indexOf(m.cell))).weights,
      );
    client.dispose();
  });

  it('a pause lines the sessions up at one update, as one worker would stand', async () => {
    const client = await createLabClient(2);
    await client.reset({ ...small, maxUpdates: 5000 });
    const running = client.run(() => undefined);
    const paused = await client.pause();
    await running;
    expect(paused.running).toBe(false);
    expect(paused.update).toBeGreaterThan(0);
    const r = new Race({ ...small, maxUpdates: 5000 });
    while (r.update < paused.update) r.step();
    expect(paused.runners).toEqual(r.report().runners);
    client.dispose();
  });

  it('stops when every runner has diverged, where the whole race stops', async () => {
    const s: RaceSettings = { ...small, seedCount: 1, lr: 1e9, clip: null, optimizer: 'sgd', maxUpdates: 60 };
    const client = await createLabClient(2);
    await client.reset(s);
    const end = await client.run(() => undefined);
    const one = whole(s).report();
    expect(one.update).toBeLessThan(60);
    expect(shown(end)).toEqual({ update: one.update, done: true, runners: one.runners, curve: one.curve });
    client.dispose();
  });
});
