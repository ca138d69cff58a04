/**
 * What every race on a pool of workers shares (labClient.ts, attentionClient.ts): one worker per
 * core, who hosts which runners, each worker's latest report, and which race a late answer belongs
 * to (a reset starts a new one; a call that outlived its race answers with the new race's first
 * report). How the parts merge and how far each may run ahead is each race's own.
 */
import type { OffThread } from '../../compute/offThread';

/** One worker per core the browser reports, at most 8 (a race has at most 20 runners). */
export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(8, Number.isFinite(cores) ? Math.floor(cores) : 1));
}

export class WorkerPool<Api, Part extends { update: number }, Whole extends { done: boolean }> {
  /** Race-wide runner indices per active worker. */
  groups: number[][] = [];
  /** Each active worker's latest report. */
  latest: Part[] = [];
  epoch = 0;
  private resetting: Promise<Whole> | null = null;

  /**
   * `merged`: the whole race's report from `latest`; `halt`: stop a worker's loop (a worker a
   * smaller race leaves out, or one in this thread on dispose); `keep`: how a worker's report is
   * kept (default: as latest).
   */
  constructor(
    readonly workers: OffThread<Api>[],
    private readonly merged: () => Whole,
    private readonly halt: (w: OffThread<Api>) => Promise<unknown>,
    private readonly keep: (k: number, r: Part) => void = (k, r) => (this.latest[k] = r),
  ) {}

  get active(): OffThread<Api>[] {
    return this.workers.slice(0, this.groups.length);
  }

  /** A new race over `groups`, each worker's part reset by `f`; a worker it leaves out stops. */
  reset(groups: number[][], f: (w: OffThread<Api>, k: number) => Promise<Part>): Promise<Whole> {
    this.epoch++;
    for (const w of this.workers.slice(groups.length, this.groups.length)) void this.halt(w).catch(() => undefined);
    this.groups = groups;
    this.latest = [];
    this.resetting = this.all(f);
    return this.resetting;
  }

  /**
   * The race once its reset has answered: a control used meanwhile (Start right after a setting
   * changed) acts on the new race, not on a pool with no reports yet.
   */
  ready(): Promise<Whole> {
    if (!this.resetting) throw new Error('the race was not reset before use');
    return this.resetting;
  }

  /** `f` on every active worker; their reports kept, then the whole race's report. */
  async all(f: (w: OffThread<Api>, k: number) => Promise<Part>): Promise<Whole> {
    const e = this.epoch;
    const reports = await Promise.all(this.active.map(f));
    if (e !== this.epoch && this.resetting) return this.resetting;
    reports.forEach((r, k) => this.keep(k, r));
    return this.merged();
  }

  /** A worker's report during a run of race `epoch`: kept, unless a reset has made a new race since. */
  take(epoch: number, k: number, r: Part): boolean {
    if (epoch !== this.epoch) return false;
    this.keep(k, r);
    return true;
  }

  /**
   * Halted workers may stand a slice apart: bring each (`advance`) to the furthest one's update,
   * as one worker would stand, unless the whole race is over.
   */
  async line(advance: (w: OffThread<Api>, to: number) => Promise<Part>): Promise<Whole> {
    const m = this.merged();
    if (m.done) return m;
    const to = Math.max(...this.latest.map((r) => r.update));
    return this.all((w) => advance(w, to));
  }

  /** The end of a run or pause of race `epoch`: the workers lined up, or (a reset came since) the new race's report. */
  finish(epoch: number, last: Whole, advance: (w: OffThread<Api>, to: number) => Promise<Part>): Promise<Whole> {
    return epoch === this.epoch ? this.line(advance) : Promise.resolve(last);
  }

  /** The worker that hosts a race-wide runner. */
  owner(index: number): OffThread<Api> {
    return this.workers[this.groups.findIndex((g) => g.includes(index))];
  }

  /** End every worker (one in this thread has no worker to end: its loop is halted). */
  dispose(): void {
    for (const w of this.workers) {
      if (!w.inWorker) void this.halt(w).catch(() => undefined);
      w.dispose();
    }
  }
}
