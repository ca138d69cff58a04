/**
 * One worker's session of the lab's race (or its share of one, in a pool: labClient.ts,
 * train/racePool.ts): the race's training loop (raceLoop.ts) and the reports the page draws. The
 * same class runs inside a Web Worker (trainer.worker.ts, through Comlink) and, where no Worker
 * exists (unit tests), in process.
 */
import type { Net } from '../../train/model';
import { Race } from '../../train/race';
import type { GateReport, RaceReport } from '../../train/race';
import type { RaceSettings } from '../../train/settings';
import { RaceLoop } from './raceLoop';

export interface LabReport extends RaceReport {
  /** Milliseconds of training so far (excluding paused time). */
  elapsedMs: number;
  running: boolean;
}

export class LabSession {
  private readonly loop: RaceLoop<Race>;
  private reports = 0;

  /** `only`: the race-wide runners this session hosts, as one worker of a pool (all of them without it). */
  constructor(settings: RaceSettings, only?: readonly number[]) {
    this.loop = new RaceLoop(new Race(settings, only));
  }

  reset(settings: RaceSettings, only?: readonly number[]): LabReport {
    this.loop.replace(new Race(settings, only));
    return this.report('current');
  }

  /** Gate histograms ride along with some reports only (train/race.ts, GateReport). */
  report(gates: GateReport = 'none'): LabReport {
    return { ...this.loop.race.report(gates), elapsedMs: this.loop.elapsed, running: this.loop.running };
  }

  stepOnce(): LabReport {
    this.loop.stepOnce();
    return this.report('current');
  }

  pause(): LabReport {
    this.loop.halt();
    return this.report('current');
  }

  /**
   * Train until paused, reset or done (raceLoop.ts). Gate histograms ride along every fifth report,
   * those of the latest held-out evaluation while running, and the model's own in the last.
   */
  async run(onReport: (r: LabReport) => void, cap = Infinity): Promise<LabReport> {
    let final: LabReport | null = null;
    await this.loop.run((last) => {
      this.reports++;
      const r = this.report(
        last || this.loop.race.done ? 'current' : this.reports % 5 === 0 ? 'lastEvaluation' : 'none',
      );
      if (last) final = r;
      onReport(r);
    }, cap);
    return final ?? this.report('current');
  }

  /** A running worker may go on up to this update (the pool's slowest worker has moved on). */
  allowUntil(update: number): void {
    this.loop.allowUntil(update);
  }

  /** Bring a paused worker up to `update` (the pool's other workers may be a slice ahead). */
  advanceTo(update: number): LabReport {
    this.loop.advanceTo(update);
    return this.report('current');
  }

  /** A hosted runner's model (race-wide index), a copy. */
  net(index: number): Net {
    return this.loop.race.net(index);
  }
}
