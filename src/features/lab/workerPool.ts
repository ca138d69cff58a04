/**
 * What every race on a pool of workers shares (labClient.ts, attentionClient.ts): one worker per
 * core, who hosts which runners, each worker's latest report, and which race a late answer belongs
 * to (a reset starts a new one; a call that outlived its race answers with the new race's first
 * report). How the parts merge and how far each may run ahead is each race's own.
 */
import type { OffThread } from '../../compute/offThread';

/** What the pool asks of every worker's part, whatever the race: stop its loop, catch up to an update. */
interface PartControls<Part> {
  pause(): Part;
  advanceTo(update: number): Part;
}

/** One worker per core the browser reports, at most 8 (a race has at most 20 runners). */
export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(8, Number.isFinite(cores) ? Math.floor(cores) : 1));
}

export class WorkerPool<
  Api extends PartControls<Part>,
  Part extends { update: number },
  Whole extends { done: boolean },
> {
  /** Race-wide runner indices per active worker. */
  groups: number[][] = [];
  /** Each active worker's latest report. */
  latest: Part[] = [];
  epoch = 0;
  private resetting: Promise<Whole> | null = null;

  /** `merged`: the whole race's report from `latest`; `keep`: how a worker's report is kept (default: as latest). */
  constructor(
    readonly workers: OffThread<Api>[],
    private readonly merged: () => Whole,
    private readonly keep: (k: number, r: Part) => void = (k, r) => (this.latest[k] = r),
  ) {}

  // Async<Api> of a generic Api does not resolve its methods' types: the constraint says what they are.
  private controls(w: OffThread<Api>): { pause(): Promise<Part>; advanceTo(update: number): Promise<Part> } {
    return w.api as unknown as { pause(): Promise<Part>; advanceTo(update: number): Promise<Part> };
  }

  get active(): OffThread<Api>[] {
    return this.workers.slice(0, this.groups.length);
  }

  /** A new race over `groups`, each worker's part reset by `f`; a worker it leaves out stops. */
  reset(groups: number[][], f: (w: OffThread<Api>, k: number) => Promise<Part>): Promise<Whole> {
    this.epoch++;
    for (const w of this.workers.slice(groups.length, this.groups.length))
      void this.controls(w)
        .pause()
        .catch(() => undefined);
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
   * Halted workers may stand a slice apart: bring each to the furthest one's update, as one worker
   * would stand, unless the whole race is over.
   */
  async line(): Promise<Whole> {
    const m = this.merged();
    if (m.done) return m;
    const to = Math.max(...this.latest.map((r) => r.update));
    return this.all((w) => this.controls(w).advanceTo(to));
  }

  /** The end of a run of race `epoch`: the workers lined up, or (a reset came since) the new race's report. */
  finish(epoch: number, last: Whole): Promise<Whole> {
    return epoch === this.epoch ? this.line() : Promise.resolve(last);
  }

  /** Pause every worker (once the race's reset has answered) and line them up. */
  async pause(): Promise<Whole> {
    await this.ready();
    const e = this.epoch;
    return this.finish(e, await this.all((w) => this.controls(w).pause()));
  }

  /** The worker that hosts a race-wide runner. */
  owner(index: number): OffThread<Api> {
    return this.workers[this.groups.findIndex((g) => g.includes(index))];
  }

  /** End every worker (one in this thread has no worker to end: its loop is halted). */
  dispose(): void {
    for (const w of this.workers) {
      if (!w.inWorker)
        void this.controls(w)
          .pause()
          .catch(() => undefined);
      w.dispose();
    }
  }
}
