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
import { REPORT_MS } from './labSession';
import type { TrainerApi } from './trainerApi';
import type { TrainedBundle } from '../../state/trainedBundle';
import type { RaceSettings } from '../../train/settings';
import { mergeReports, splitRunners } from '../../train/racePool';
import { raceCells } from '../../train/race';
import { labBundle } from './labBundle';

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

/** One worker per core the browser reports, at most 8 (a race has at most 20 runners). */
export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(8, Number.isFinite(cores) ? Math.floor(cores) : 1));
}

const startPart = (): Promise<OffThread<TrainerApi>> =>
  offThread<TrainerApi>(
    () => new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module', name: 'training-lab' }),
    async () => (await import('./trainerApi')).trainerApi(),
  );

/**
 * `size` sessions: one per core where workers exist, else one in this thread (a pool in one thread
 * gains nothing; tests ask for one to check the pooling itself).
 */
export async function createLabClient(size = workersAvailable() ? poolSize() : 1): Promise<LabClient> {
  const pool = await Promise.all(Array.from({ length: size }, startPart));
  let settings: RaceSettings | null = null;
  let groups: number[][] = [];
  let latest: LabReport[] = [];
  // Each worker's latest gate histograms (they ride along with every fifth report only).
  let gates: LabReport['gates'][] = [];
  // A reset starts a new race: a run of the old one that reports late must not mix into it.
  let epoch = 0;
  let resetting: Promise<LabReport> | null = null;
  const active = () => pool.slice(0, groups.length);
  const current = (): RaceSettings => {
    if (!settings) throw new Error('the lab was not reset before use');
    return settings;
  };
  const keep = (k: number, r: LabReport) => {
    latest[k] = r;
    if (r.gates.length) gates[k] = r.gates;
  };
  const merged = (): LabReport => ({
    ...mergeReports(current(), latest.map((report, k) => ({ indices: groups[k], report: { ...report, gates: gates[k] ?? [] } }))),
    // Wall time: the workers train at once, so the race took as long as its slowest one.
    elapsedMs: Math.max(...latest.map((r) => r.elapsedMs)),
    running: latest.some((r) => r.running),
  });
  const all = async (f: (p: OffThread<TrainerApi>, k: number) => Promise<LabReport>): Promise<LabReport> => {
    const e = epoch;
    const reports = await Promise.all(active().map(f));
    // A call that outlived its race answers with the new race's first report.
    if (e !== epoch && resetting) return resetting;
    reports.forEach((r, k) => keep(k, r));
    return merged();
  };
  /** Paused workers may be a slice apart: bring each to the furthest one's update, as one worker would stand. */
  const line = async (): Promise<LabReport> => {
    const m = merged();
    if (m.done) return m;
    const to = Math.max(...latest.map((r) => r.update));
    return all((p) => p.api.advanceTo(to));
  };
  return {
    workers: pool.length,
    reset: (s) => {
      epoch++;
      settings = s;
      groups = splitRunners(s, pool.length);
      latest = [];
      gates = [];
      resetting = all((p, k) => p.api.reset(s, groups[k]));
      return resetting;
    },
    async run(onReport) {
      const e = epoch;
      let stopping = false;
      let shown = 0;
      // In a pool, no worker runs more than about LEAD_MS of the slowest one's work ahead of it.
      const pooled = active().length > 1;
      let cap = pooled ? Math.max(...latest.map((r) => r.update)) + 2 : Infinity;
      const raiseCap = () => {
        const slowest = Math.min(...latest.map((r) => r.update));
        const rate = Math.min(...latest.map((r) => (r.elapsedMs > 0 ? r.update / r.elapsedMs : 0)));
        const next = slowest + Math.max(2, Math.ceil(rate * LEAD_MS));
        if (next <= cap) return;
        cap = next;
        for (const p of active()) void p.api.allowUntil(cap);
      };
      const onPart = (k: number) => (r: LabReport) => {
        if (e !== epoch) return;
        keep(k, r);
        if (pooled) raiseCap();
        const m = merged();
        // Every runner diverged: the whole race would have ended, so the workers stop too.
        if (m.done && !stopping && m.runners.every((x) => x.divergedAt !== null)) {
          stopping = true;
          void Promise.all(active().map((p) => p.api.pause()));
        }
        // Each worker reports every 150 ms: passing on every one would redraw the page once per
        // worker, on the cores the workers need. Gate histograms ride along when a worker sent its own.
        const now = performance.now();
        if (now - shown < REPORT_MS && !r.gates.length && !m.done) return;
        shown = now;
        onReport(r.gates.length ? m : { ...m, gates: [] });
      };
      const r = await all((p, k) => p.api.run(p.callback(onPart(k)), cap));
      return e === epoch ? line() : r;
    },
    pause: async () => {
      await all((p) => p.api.pause());
      return line();
    },
    stepOnce: () => all((p) => p.api.stepOnce()),
    async trained() {
      const s = current();
      const report = merged();
      const owner = (i: number) => groups.findIndex((g) => g.includes(i));
      const nets = await Promise.all(raceCells(s).map((_, i) => pool[owner(i)].api.net(i)));
      return labBundle(s, report, nets);
    },
    dispose: () => {
      for (const t of pool) {
        // In this thread there is no worker to end: stop the loop instead.
        if (!t.inWorker) void t.api.pause().catch(() => undefined);
        t.dispose();
      }
    },
  };
}
