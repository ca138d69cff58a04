/**
 * How the page talks to the attention race: a pool of Web Workers sharing its runners
 * (train/seq2seq/attentionRacePool.ts), or one in this thread where no Worker exists (unit tests).
 * The page sees one race, equal bit for bit to the race on one worker: the parts may not train past
 * the next held-out evaluation until every part has reached the one before, and when every runner
 * has solved there, the pool stops where the whole race stops.
 */
import { offThread, workersAvailable } from '../../compute/offThread';
import type { OffThread } from '../../compute/offThread';
import type { AttentionRaceReport, AttentionRaceSettings, RacePair } from '../../train/seq2seq/attentionRace';
import { racePair, runnerIndex } from '../../train/seq2seq/attentionRace';
import { mergeAttentionParts, nextBarrier, splitAttentionRace } from '../../train/seq2seq/attentionRacePool';
import type { AttentionRaceApi } from './attentionRaceApi';
import { WorkerPool, poolSize } from './workerPool';
// The page hears of a running race at a worker's own pace, whatever the number of workers.
import { REPORT_MS } from './raceLoop';

export interface AttentionClient {
  reset(settings: AttentionRaceSettings): Promise<AttentionRaceReport>;
  run(onReport: (r: AttentionRaceReport) => void): Promise<AttentionRaceReport>;
  pause(): Promise<AttentionRaceReport>;
  /** Seed 1's trained pair, for the explainer. */
  pair(): Promise<RacePair>;
  /** How many workers train at once (the race's runners permitting). */
  readonly workers: number;
  dispose(): void;
}

const startPart = (): Promise<OffThread<AttentionRaceApi>> =>
  offThread<AttentionRaceApi>(
    () =>
      new Worker(new URL('./attentionRace.worker.ts', import.meta.url), {
        type: 'module',
        name: 'attention-race',
      }),
    async () => (await import('./attentionRaceApi')).attentionRaceApi(),
  );

export async function createAttentionClient(
  size = workersAvailable() ? poolSize() : 1,
): Promise<AttentionClient> {
  let settings: AttentionRaceSettings | null = null;
  const current = (): AttentionRaceSettings => {
    if (!settings) throw new Error('the attention race was not reset before use');
    return settings;
  };
  const merged = (): AttentionRaceReport =>
    mergeAttentionParts(
      current(),
      pool.latest.map((report, k) => ({ indices: pool.groups[k], report })),
    );
  const pool: WorkerPool<AttentionRaceApi, AttentionRaceReport, AttentionRaceReport> = new WorkerPool(
    await Promise.all(Array.from({ length: size }, startPart)),
    merged,
  );
  // One part is the whole race, which stops itself when every runner has solved: no barrier.
  const pooled = () => pool.groups.length > 1;
  return {
    workers: pool.workers.length,
    reset: (s) => {
      settings = s;
      const groups = splitAttentionRace(s, pool.workers.length);
      return pool.reset(groups, (p, k) => p.api.reset(s, groups.length > 1 ? groups[k] : undefined));
    },
    async run(onReport) {
      await pool.ready();
      // Over already (every run solved, or the budget spent): the whole race would not step again.
      const before = merged();
      if (before.done) return before;
      const e = pool.epoch;
      const s = current();
      let barrier = pooled() ? nextBarrier(s, before.update) : Infinity;
      let stopping = false;
      let shown = 0;
      const onPart = (k: number) => (r: AttentionRaceReport) => {
        if (!pool.take(e, k, r)) return;
        const m = merged();
        if (m.done && !stopping) {
          // Every runner solved with all parts at one evaluation: the whole race ends here.
          stopping = true;
          if (!pool.latest.every((x) => x.done)) void Promise.all(pool.active.map((p) => p.api.pause()));
        } else if (pooled() && m.update >= barrier) {
          barrier = nextBarrier(s, m.update);
          for (const p of pool.active) void p.api.allowUntil(barrier);
        }
        const now = performance.now();
        if (now - shown < REPORT_MS && !m.done) return;
        shown = now;
        onReport(m);
      };
      const r = await pool.all((p, k) => p.api.run(p.callback(onPart(k)), barrier));
      return pool.finish(e, r);
    },
    pause: () => pool.pause(),
    async pair() {
      await pool.ready();
      const [none, dot] = await Promise.all(
        [runnerIndex(1, 'none'), runnerIndex(1, 'dot')].map((i) => pool.owner(i).api.model(i)),
      );
      return racePair(merged(), none, dot);
    },
    dispose: () => pool.dispose(),
  };
}
