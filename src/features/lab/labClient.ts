/**
 * How the page talks to the trainer: a pool of Web Workers, one LabSession each, sharing a race's
 * runners (train/racePool.ts), or one session in this thread where no Worker exists (unit tests),
 * through the one off-thread helper (compute/offThread.ts). The client puts the workers' reports
 * together, so the page sees one race, equal bit for bit to the race on one worker.
 */
import { offThread, workersAvailable } from '../../compute/offThread';
import type { OffThread } from '../../compute/offThread';
import type { LabReport } from './labSession';
// The page hears of a running race at a worker's own pace, whatever the number of workers.
import { REPORT_MS } from './raceLoop';
import type { TrainerApi } from './trainerApi';
import type { TrainedBundle } from '../../state/trainedBundle';
import type { RaceSettings } from '../../train/settings';
import { mergeReports, splitRunners } from '../../train/racePool';
import { raceCells } from '../../train/race';
import { labBundle } from './labBundle';
import { WorkerPool, poolSize } from './workerPool';

export interface LabClient {
  reset(settings: RaceSettings): Promise<LabReport>;
  run(onReport: (r: LabReport) => void): Promise<LabReport>;
  pause(): Promise<LabReport>;
  stepOnce(): Promise<LabReport>;
  trained(): Promise<TrainedBundle>;
  /** How many workers train at once (the race's runners permitting). */
  readonly workers: number;
  dispose(): void;
}

/** How far (in the slowest worker's time) a worker of a pool may run ahead of it while training. */
const LEAD_MS = 300;

const startPart = (): Promise<OffThread<TrainerApi>> =>
  offThread<TrainerApi>(
    () =>
      new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module', name: 'training-lab' }),
    async () => (await import('./trainerApi')).trainerApi(),
  );

/**
 * `size` sessions: one per core where workers exist, else one in this thread (a pool in one thread
 * gains nothing; tests ask for one to check the pooling itself).
 */
export async function createLabClient(size = workersAvailable() ? poolSize() : 1): Promise<LabClient> {
  let settings: RaceSettings | null = null;
  // Each worker's latest gate histograms (they ride along with every fifth report only).
  let gates: LabReport['gates'][] = [];
  const current = (): RaceSettings => {
    if (!settings) throw new Error('the lab was not reset before use');
    return settings;
  };
  const merged = (): LabReport => ({
    ...mergeReports(
      current(),
      pool.latest.map((report, k) => ({
        indices: pool.groups[k],
        report: { ...report, gates: gates[k] ?? [] },
      })),
    ),
    // Wall time: the workers train at once, so the race took as long as its slowest one.
    elapsedMs: Math.max(...pool.latest.map((r) => r.elapsedMs)),
    running: pool.latest.some((r) => r.running),
  });
  const pool: WorkerPool<TrainerApi, LabReport, LabReport> = new WorkerPool(
    await Promise.all(Array.from({ length: size }, startPart)),
    merged,
    (k, r) => {
      pool.latest[k] = r;
      if (r.gates.length) gates[k] = r.gates;
    },
  );
  return {
    workers: pool.workers.length,
    reset: (s) => {
      settings = s;
      gates = [];
      const groups = splitRunners(s, pool.workers.length);
      return pool.reset(groups, (p, k) => p.api.reset(s, groups[k]));
    },
    async run(onReport) {
      await pool.ready();
      // Over already (the budget spent, or every runner diverged): the whole race would not step again.
      const before = merged();
      if (before.done) return before;
      const e = pool.epoch;
      let stopping = false;
      let shown = 0;
      // In a pool, no worker runs more than about LEAD_MS of the slowest one's work ahead of it.
      const pooled = pool.active.length > 1;
      let cap = pooled ? Math.max(...pool.latest.map((r) => r.update)) + 2 : Infinity;
      const raiseCap = () => {
        const slowest = Math.min(...pool.latest.map((r) => r.update));
        const rate = Math.min(...pool.latest.map((r) => (r.elapsedMs > 0 ? r.update / r.elapsedMs : 0)));
        const next = slowest + Math.max(2, Math.ceil(rate * LEAD_MS));
        if (next <= cap) return;
        cap = next;
        for (const p of pool.active) void p.api.allowUntil(cap);
      };
      const onPart = (k: number) => (r: LabReport) => {
        if (!pool.take(e, k, r)) return;
        if (pooled) raiseCap();
        const m = merged();
        // Every runner diverged: the whole race would have ended, so the workers stop too.
        if (m.done && !stopping && m.runners.every((x) => x.divergedAt !== null)) {
          stopping = true;
          void Promise.all(pool.active.map((p) => p.api.pause()));
        }
        // Each worker reports every 150 ms: passing on every one would redraw the page once per
        // worker, on the cores the workers need. Gate histograms ride along when a worker sent its own.
        const now = performance.now();
        if (now - shown < REPORT_MS && !r.gates.length && !m.done) return;
        shown = now;
        onReport(r.gates.length ? m : { ...m, gates: [] });
      };
      const r = await pool.all((p, k) => p.api.run(p.callback(onPart(k)), cap));
      return pool.finish(e, r);
    },
    pause: () => pool.pause(),
    stepOnce: async () => {
      await pool.ready();
      return pool.all((p) => p.api.stepOnce());
    },
    async trained() {
      await pool.ready();
      const s = current();
      const report = merged();
      const nets = await Promise.all(raceCells(s).map((_, i) => pool.owner(i).api.net(i)));
      return labBundle(s, report, nets);
    },
    dispose: () => pool.dispose(),
  };
}
