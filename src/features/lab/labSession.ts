/**
 * One worker's training loop around a Race (or its share of one, in a pool: labClient.ts, train/racePool.ts), with the
 * controls the page offers: run until paused or done, one update, reset, hand over a model. The
 * same class runs inside a Web Worker (trainer.worker.ts, through Comlink) and, where no Worker
 * exists (unit tests), in process.
 */
import type { Net } from '../../train/model';
import { Race } from '../../train/race';
import type { RaceReport } from '../../train/race';
import type { RaceSettings } from '../../train/settings';

export interface LabReport extends RaceReport {
  /** Milliseconds of training so far (excluding paused time). */
  elapsedMs: number;
  running: boolean;
}

/** Time slice of one chunk of updates before the loop yields to incoming messages (pause, reset). */
const SLICE_MS = 40;
/** How often a running loop reports (ms); gate histograms ride along every fifth report. */
export const REPORT_MS = 150;

export class LabSession {
  private race: Race;
  private running = false;
  private elapsed = 0;
  private generation = 0;
  private reports = 0;
  private cap = Infinity;

  constructor(settings: RaceSettings, only?: readonly number[]) {
    this.race = new Race(settings, only);
  }

  /** `only`: the race-wide runners this session hosts, as one worker of a pool (all of them without it). */
  reset(settings: RaceSettings, only?: readonly number[]): LabReport {
    this.generation++;
    this.running = false;
    this.race = new Race(settings, only);
    this.elapsed = 0;
    return this.report(true);
  }

  report(withGates = false): LabReport {
    return { ...this.race.report(withGates), elapsedMs: this.elapsed, running: this.running };
  }

  stepOnce(): LabReport {
    this.running = false;
    this.generation++;
    const t0 = performance.now();
    this.race.step();
    this.elapsed += performance.now() - t0;
    return this.report(true);
  }

  pause(): LabReport {
    this.running = false;
    this.generation++;
    return this.report(true);
  }

  /**
   * Train until paused, reset or done, calling onReport every REPORT_MS. Yields to the event loop
   * between slices so pause/reset messages are handled within one slice. In a pool, `cap` (raised
   * by allowUntil as the others progress) keeps this worker from running far ahead of the slowest:
   * a pause then lines them up in a moment, not in as many updates as a busy core fell behind.
   */
  async run(onReport: (r: LabReport) => void, cap = Infinity): Promise<LabReport> {
    const gen = ++this.generation;
    this.running = true;
    this.cap = cap;
    let lastReport = performance.now();
    while (this.generation === gen && !this.race.done) {
      const t0 = performance.now();
      while (performance.now() - t0 < SLICE_MS && !this.race.done && this.race.update < this.cap) this.race.step();
      this.elapsed += performance.now() - t0;
      if (performance.now() - lastReport >= REPORT_MS || this.race.done) {
        lastReport = performance.now();
        this.reports++;
        onReport(this.report(this.reports % 5 === 0 || this.race.done));
      }
      // Waiting at the cap: sleep a little rather than spin on a core another worker needs.
      const waiting = this.race.update >= this.cap;
      await new Promise((r) => setTimeout(r, waiting ? 10 : 0));
    }
    if (this.generation === gen) this.running = false;
    const final = this.report(true);
    onReport(final);
    return final;
  }

  /** A running worker may go on up to this update (the pool's slowest worker has moved on). */
  allowUntil(update: number): void {
    this.cap = Math.max(this.cap, update);
  }

  /** Bring a paused worker up to `update` (the pool's other workers may be a slice ahead). */
  advanceTo(update: number): LabReport {
    this.running = false;
    this.generation++;
    const t0 = performance.now();
    while (this.race.update < update && !this.race.done) this.race.step();
    this.elapsed += performance.now() - t0;
    return this.report(true);
  }

  /** A hosted runner's model (race-wide index), a copy. */
  net(index: number): Net {
    return this.race.net(index);
  }
}
