/**
 * The lab's training loop around a Race, with the controls the page offers: run until paused or
 * done, one update, reset, export a trained model. The same class runs inside the Web Worker
 * (trainer.worker.ts, through Comlink) and, where no Worker exists (unit tests), in process.
 */
import { netToEngineModel, netToPyTorch } from '../../train/model';
import type { RunnerState } from '../../train/race';
import { Race, raceCells } from '../../train/race';
import { CELL_NAMES } from '../../engine/cells/vocabulary';
import type { RaceReport } from '../../train/race';
import type { RaceSettings } from '../../train/settings';
import { taskById } from '../../train/tasks';
import type { TrainedBundle } from '../../state/trainedBundle';

export interface LabReport extends RaceReport {
  /** Milliseconds of training so far (excluding paused time). */
  elapsedMs: number;
  running: boolean;
}

/** Time slice of one chunk of updates before the loop yields to incoming messages (pause, reset). */
const SLICE_MS = 40;
/** How often a running loop reports (ms); gate histograms ride along every fifth report. */
const REPORT_MS = 150;

export class LabSession {
  private race: Race;
  private running = false;
  private elapsed = 0;
  private generation = 0;
  private reports = 0;

  constructor(settings: RaceSettings) {
    this.race = new Race(settings);
  }

  reset(settings: RaceSettings): LabReport {
    this.generation++;
    this.running = false;
    this.race = new Race(settings);
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
   * between slices so pause/reset messages are handled within one slice.
   */
  async run(onReport: (r: LabReport) => void): Promise<LabReport> {
    const gen = ++this.generation;
    this.running = true;
    let lastReport = performance.now();
    while (this.generation === gen && !this.race.done) {
      const t0 = performance.now();
      while (performance.now() - t0 < SLICE_MS && !this.race.done) this.race.step();
      this.elapsed += performance.now() - t0;
      if (performance.now() - lastReport >= REPORT_MS || this.race.done) {
        lastReport = performance.now();
        this.reports++;
        onReport(this.report(this.reports % 5 === 0 || this.race.done));
      }
      await new Promise((r) => setTimeout(r, 0));
    }
    if (this.generation === gen) this.running = false;
    const final = this.report(true);
    onReport(final);
    return final;
  }

  /**
   * The trained cells of the first seed and one held-out sequence, for the timeline — the best
   * cell first (solved earliest, then the lowest held-out loss), so the timeline opens on it.
   */
  trained(): TrainedBundle {
    const task = taskById(this.race.settings.task);
    const seq = this.race.sampleSequence();
    const { runners, curve } = this.race.report();
    const heldOut = curve.at(-1)?.loss ?? [];
    const models = raceCells(this.race.settings).map((cell, i) => {
      const net = this.race.net(i);
      const { spec, weights } = netToEngineModel(net);
      const st = runners[i];
      const state = st.divergedAt !== null ? `diverged at update ${st.divergedAt}` : st.solvedAt !== null ? `solved at update ${st.solvedAt}` : 'not solved';
      const dict = netToPyTorch(net);
      const head = { outSize: net.spec.outSize, weight: dict['head.weight'] as number[][], bias: dict['head.bias'] as number[] };
      return { model: { cell, name: CELL_NAMES[cell], spec, weights, head, note: `${CELL_NAMES[cell]} after ${this.race.update} updates (${state})` }, rank: rankOf(st, heldOut[i] ?? null) };
    });
    models.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]);
    return {
      source: 'lab',
      title: `${task.name}, T = ${this.race.settings.T}: trained in the lab`,
      labels: task.stepLabels(seq.input.x, seq.input.T),
      inputSize: task.inputSize,
      x: Array.from(seq.input.x),
      models: models.map((m) => m.model),
    };
  }
}

/** Solved before not solved (earlier first), a diverged cell last; then the lower held-out loss (a batch's loss is noisy). */
function rankOf(st: RunnerState, heldOutLoss: number | null): [number, number] {
  const loss = heldOutLoss !== null && Number.isFinite(heldOutLoss) ? heldOutLoss : Infinity;
  if (st.divergedAt !== null) return [Infinity, loss];
  return [st.solvedAt ?? Number.MAX_SAFE_INTEGER, loss];
}
