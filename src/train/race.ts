/**
 * The race: a vanilla RNN, an LSTM and a GRU of the same hidden size trained side by side on the
 * same batches, for one or several seeds. Pure and deterministic: the same settings give the same
 * curves bit for bit, in Node and in the browser: the training core uses only correctly rounded
 * arithmetic and its own exp/log/tanh (detMath.ts), never the engine's Math.exp (e2e/lab.spec.ts).
 */
import { seededRandom } from '../engine/random';
import type { SeededRandom } from '../engine/random';
import type { CellKind } from '../engine/types';
import { initNet } from './init';
import type { InitScheme } from './init';
import { cloneNet, paramCount } from './model';
import type { Net, NetSpec } from './model';
import { HIST_BINS, evaluateHeldOut, hasHistogramGate } from './heldOut';
import { ADAM_DEFAULTS, createOptimizer } from './optimizers';
import type { Optimizer } from './optimizers';
import { trainStep } from './step';
import type { Batch, StepSettings } from './step';
import { heldOutBatch, taskById } from './tasks';
import { seedsOf } from './settings';
import type { RaceSettings } from './settings';

export { DEFAULT_RACE } from './settings';
export type { RaceSettings } from './settings';
import type { TaskInfo } from './tasks';
import { specOf } from '../engine/cells/vocabulary';

export const RACE_CELLS: readonly CellKind[] = ['rnn_tanh', 'lstm', 'gru'];

/** The race's cells: the three classic ones, and the minGRU when asked for. */
export const raceCells = (s: RaceSettings): readonly CellKind[] =>
  s.minGru ? [...RACE_CELLS, 'mingru'] : RACE_CELLS;

export const EVAL_SIZE = 256;
/** Smoothing of the training curve for the "solved" rule: an exponential moving average. */
export const EMA = 0.9;

export interface RunnerState {
  cell: CellKind;
  seed: number;
  params: number;
  loss: number;
  /** Smoothed training metric (loss, or accuracy for classification tasks). */
  ema: number;
  accuracy: number | null;
  gradNorm: number;
  /** ‖∂L/∂h_t‖ for t = 1..T at the latest update. */
  dhNorm: number[];
  solvedAt: number | null;
  divergedAt: number | null;
}

export interface CurvePoint {
  update: number;
  /** Per runner, in `runners` order; null once diverged. */
  loss: (number | null)[];
  accuracy: (number | null)[];
}

export interface RaceReport {
  update: number;
  done: boolean;
  runners: RunnerState[];
  /** Held-out evaluation, every `evalEvery` updates. */
  curve: CurvePoint[];
  /**
   * Gate histograms (LSTM forget gate f, GRU update gate z) at initialisation and now, per runner
   * ("now": the latest one taken, at most `evalEvery` updates old; see GateReport), and the update
   * "now" was taken at, which the page names rather than saying "now".
   */
  gates: { before: number[]; now: number[]; at: number }[];
}

export function initFor(cell: CellKind, s: RaceSettings, seqLen: number): InitScheme {
  const { recurrent, retention, chrono } = specOf(cell);
  // A cell without W_hh (the minGRU) has nothing for an orthogonal init to act on: PyTorch's default.
  if (!recurrent) return { scheme: 'pytorch_default' };
  if (retention?.knob === 'forgetBias')
    return s.lstmInit === 'chrono' && chrono
      ? { scheme: 'chrono', tMax: seqLen }
      : { scheme: 'forget_bias', value: s.forgetBias };
  if (retention?.knob === 'updateBias') return { scheme: 'update_bias', value: s.gruUpdateBias };
  return s.vanillaInit === 'orthogonal' ? { scheme: 'orthogonal' } : { scheme: 'pytorch_default' };
}

interface Runner {
  state: RunnerState;
  net: Net;
  opt: Optimizer;
  gatesBefore: number[];
  /** The latest gate histogram taken (by a held-out evaluation, or asked for at another update), and its update. */
  gatesNow: number[];
  gatesAt: number;
}

/**
 * Which gate histograms a report carries: none; the model's as it is now; or the latest ones taken
 * (at a held-out evaluation, at most `evalEvery` updates old, or at an update asked for 'current'),
 * which cost nothing: the evaluation's forward pass already holds the gates. A running race reports
 * the last kind, since a fresh histogram is a forward pass over the held-out batch per gated runner
 * (measured: a fifth of a lab race's wall time in Chromium when every fifth report carried fresh ones).
 */
export type GateReport = 'none' | 'current' | 'lastEvaluation';

export class Race {
  readonly task: TaskInfo;
  readonly settings: RaceSettings;
  readonly seqLen: number;
  readonly evalEvery: number;
  private readonly runners: Runner[] = [];
  private readonly dataRngs = new Map<number, SeededRandom>();
  private readonly evalBatch: Batch;
  private readonly stepSettings: StepSettings;
  private readonly curve: CurvePoint[] = [];
  /** The race-wide index (seed-major, then cell) of each runner this race hosts. */
  readonly indices: readonly number[];
  /** Hosting only some runners (one worker of a pool): divergence never ends it early (racePool.ts does). */
  private readonly part: boolean;
  update = 0;

  /**
   * `only`: host just these runners (race-wide indices), as one worker of a pool does. Runners
   * never read each other, so a runner trained here is bit for bit the one the whole race trains.
   */
  constructor(settings: RaceSettings, only?: readonly number[]) {
    this.settings = settings;
    this.task = taskById(settings.task);
    this.seqLen = this.task.seqLen(settings.T);
    // Held-out evaluation costs 8 batches of forward passes: often enough for a smooth curve, rarely enough to stay cheap.
    this.evalEvery = Math.max(10, Math.min(50, Math.round(settings.maxUpdates / 100)));
    this.stepSettings = {
      loss: this.task.loss,
      on: this.task.on,
      clip: settings.clip,
      detachEvery: settings.truncation ?? undefined,
      // Settings saved before the fast mode existed have none: they go on in float64, as they began.
      precision: settings.precision,
    };
    this.evalBatch = heldOutBatch(this.task, settings.T, EVAL_SIZE, 1);
    const cells = raceCells(settings);
    const all = seedsOf(settings).flatMap((_, s) => cells.map((_c, c) => s * cells.length + c));
    this.part = only !== undefined;
    this.indices = only ? all.filter((i) => only.includes(i)) : all;
    for (const index of this.indices) {
      const seed = settings.seed + Math.floor(index / cells.length);
      const cell = cells[index % cells.length];
      // Every cell of a seed sees the same batches; the seed also draws the initial weights.
      if (!this.dataRngs.has(seed)) this.dataRngs.set(seed, seededRandom(seed * 104729 + 3));
      const spec: NetSpec = {
        cell,
        inputSize: this.task.inputSize,
        hiddenSize: settings.hidden,
        numLayers: 1,
        outSize: this.task.outSize,
      };
      const net = initNet(spec, initFor(cell, settings, this.seqLen), seed);
      const opt = createOptimizer(
        settings.optimizer === 'adam'
          ? { name: 'adam', lr: settings.lr, ...ADAM_DEFAULTS }
          : { name: 'sgd', lr: settings.lr, momentum: 0.9 },
        net.params.map((p) => p.data.length),
      );
      this.runners.push({
        net,
        opt,
        gatesBefore: [],
        gatesNow: [],
        gatesAt: -1,
        state: {
          cell,
          seed,
          params: paramCount(spec),
          loss: NaN,
          // The smoothed metric starts at the memoryless level, so the first lucky batch is not a solve.
          ema: this.task.baseline(settings.T),
          accuracy: null,
          gradNorm: NaN,
          dhNorm: [],
          solvedAt: null,
          divergedAt: null,
        },
      });
    }
    this.evaluate();
    for (const r of this.runners) r.gatesBefore = r.gatesNow;
  }

  get done(): boolean {
    return (
      this.update >= this.settings.maxUpdates ||
      (!this.part && this.runners.every((r) => r.state.divergedAt !== null))
    );
  }

  /** One update of every live runner on the same fresh batch per seed. */
  step(): void {
    if (this.done) return;
    this.update++;
    const batches = new Map<number, Batch>();
    for (const [seed, rng] of this.dataRngs)
      batches.set(seed, this.task.sample(rng, this.settings.batch, this.settings.T));
    for (const r of this.runners) {
      const s = r.state;
      if (s.divergedAt !== null) continue;
      const backup = r.net.params.map((p) => p.data.slice());
      const res = trainStep(r.net, r.opt, batches.get(s.seed) as Batch, this.stepSettings);
      const finite =
        Number.isFinite(res.loss) &&
        Number.isFinite(res.gradNorm) &&
        r.net.params.every((p) => p.data.every(Number.isFinite));
      if (!finite || res.loss > 1e6) {
        // Keep the last good weights so the page can still show and open the model.
        r.net.params.forEach((p, i) => p.data.set(backup[i]));
        s.divergedAt = this.update;
        continue;
      }
      s.loss = res.loss;
      s.accuracy = res.accuracy;
      s.gradNorm = res.gradNorm;
      s.dhNorm = Array.from(res.dhNorm);
      const value = this.task.metric === 'accuracy' ? (res.accuracy as number) : res.loss;
      s.ema = EMA * s.ema + (1 - EMA) * value;
      if (s.solvedAt === null && this.isSolved(s.ema)) s.solvedAt = this.update;
    }
    if (this.update % this.evalEvery === 0 || this.done) this.evaluate();
  }

  isSolved(metric: number): boolean {
    const at = this.task.solveAt(this.settings.T);
    return this.task.metric === 'accuracy' ? metric >= at : metric < at;
  }

  private evaluate(): void {
    const loss: (number | null)[] = [];
    const accuracy: (number | null)[] = [];
    for (const r of this.runners) {
      if (r.state.divergedAt !== null) {
        loss.push(null);
        accuracy.push(null);
        continue;
      }
      // In the race's own arithmetic: the held-out curve of a float32 race is a float32 model's.
      const res = evaluateHeldOut(
        r.net,
        this.evalBatch,
        this.task.on,
        this.settings.precision,
        this.settings.batch,
      );
      r.gatesNow = res.gates;
      r.gatesAt = this.update;
      loss.push(res.loss);
      accuracy.push(res.accuracy);
    }
    this.curve.push({ update: this.update, loss, accuracy });
  }

  /** A runner's gate histogram now: its latest one if taken at this update, else a pass of its own (none for cells without the gate). */
  private gatesOf(r: Runner): number[] {
    if (r.gatesAt !== this.update) {
      r.gatesNow = hasHistogramGate(r.net)
        ? evaluateHeldOut(r.net, this.evalBatch, this.task.on, this.settings.precision, this.settings.batch)
            .gates
        : Array.from<number>({ length: HIST_BINS }).fill(0);
      r.gatesAt = this.update;
    }
    return r.gatesNow;
  }

  report(gates: GateReport = 'none'): RaceReport {
    return {
      update: this.update,
      done: this.done,
      runners: this.runners.map((r) => ({ ...r.state })),
      curve: this.curve.slice(),
      gates:
        gates === 'none'
          ? []
          : this.runners.map((r) => {
              const now = gates === 'current' ? this.gatesOf(r) : r.gatesNow;
              return { before: r.gatesBefore, now, at: r.gatesAt };
            }),
    };
  }

  /** A runner's current model (a copy; `index` race-wide), e.g. to open it in the timeline. */
  net(index: number): Net {
    const local = this.indices.indexOf(index);
    if (local < 0) throw new Error(`runner ${index} is not trained here`);
    return cloneNet(this.runners[local].net);
  }
}
