/**
 * The lab's attention race: for each of a few seeds, two GRU encoder–decoders of the same size, one
 * without attention and one with dot-product attention, learn to reverse sequences of one length on
 * the same batches from the same starting draw of their shared tensors. Several seeds, because one
 * run's "solved at update N" is luck as much as architecture; the outcome is the median over seeds.
 * Pure and deterministic, as race.ts. Runners never read each other (a seed's pair shares only its
 * batch stream, which each runner can draw alike), so one worker of a pool can host some of them
 * (`new AttentionRace(s, only)`) and train them bit for bit as the whole race would
 * (attentionRacePool.ts puts the parts back together).
 */
import { seededRandom } from '../../engine/random';
import type { SeededRandom } from '../../engine/random';
import { createOptimizer } from '../optimizers';
import type { Optimizer } from '../optimizers';
import { forwardSeq2Seq } from './forward';
import { initSeq2Seq } from './model';
import { seq2seqToPyTorch } from './model';
import type { AttentionKind, Seq2SeqNet } from './model';
import type { PyTorchWeights } from '../../engine/model';
import { SEQ2SEQ_PROTOCOL, heldOutAt } from './protocol';
import { REVERSE, sampleSeq2Seq } from './tasks';
import { decodeScore, trainSeq2SeqStep } from './train';

export interface AttentionRaceSettings {
  /** Every sequence's length, training and held out. */
  length: number;
  updates: number;
  /** How many seeds race (seeds 1, 2, …): each seed's pair shares its batches and starting draw. */
  seeds: number;
}

export const DEFAULT_ATTENTION_RACE: AttentionRaceSettings = { length: 12, updates: 1000, seeds: 3 };
export const ATTENTION_RACE_LIMITS = {
  length: { min: 4, max: 20 },
  updates: { min: 100, max: 5000 },
  seeds: { min: 1, max: 5 },
} as const;
export const RACE_ATTENTION: readonly AttentionKind[] = ['none', 'dot'];
/** Solved: this share of held-out sequences reversed exactly. */
export const SOLVED_EXACT = 0.9;
export const EVAL_EVERY = 50;
/** The held-out set is smaller than the shipped models' (200) so an evaluation stays short. */
const EVAL_SIZE = 100;

export interface AttentionRunner {
  attention: AttentionKind;
  seed: number;
  /** Smoothed training loss. */
  loss: number;
  exact: number;
  perSymbol: number;
  solvedAt: number | null;
}

export interface AttentionRaceReport {
  update: number;
  done: boolean;
  settings: AttentionRaceSettings;
  /** Seed by seed, each seed's pair in RACE_ATTENTION's order. */
  runners: AttentionRunner[];
  /** Exact-sequence accuracy and smoothed loss per runner, every EVAL_EVERY updates. */
  curve: { update: number; exact: number[]; loss: number[] }[];
  /**
   * Seed 1's first held-out sequence: its source, each model's answer (RACE_ATTENTION's order), and
   * the attention model's weights. A part of a pooled race leaves empty what it does not host.
   */
  example: { source: number[]; outputs: number[][]; attention: number[][] };
}

/** Race-wide runner index (seed-major, then RACE_ATTENTION's order) of a seed's model. */
export const runnerIndex = (seed: number, attention: AttentionKind): number =>
  (seed - 1) * RACE_ATTENTION.length + RACE_ATTENTION.indexOf(attention);

export function clampRace(s: AttentionRaceSettings): AttentionRaceSettings {
  const L = ATTENTION_RACE_LIMITS;
  const clamp = (v: number, lo: number, hi: number, d: number) =>
    Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : d;
  return {
    length: clamp(s.length, L.length.min, L.length.max, DEFAULT_ATTENTION_RACE.length),
    updates: clamp(s.updates, L.updates.min, L.updates.max, DEFAULT_ATTENTION_RACE.updates),
    seeds: clamp(s.seeds, L.seeds.min, L.seeds.max, DEFAULT_ATTENTION_RACE.seeds),
  };
}

export interface RaceOutcome {
  attention: AttentionKind;
  seeds: number;
  solved: number;
  /** Each run's update at which it solved (null: not solved), run 1 first. */
  solvedAt: (number | null)[];
  /**
   * The median over seeds of the update at which each solved, counting a seed that has not solved
   * as later than any that has; null when half or more have not solved (the median is not known).
   */
  medianSolvedAt: number | null;
  /** Mean over seeds of the held-out share reversed exactly. */
  meanExact: number;
}

/** What the race says per model: how many seeds solved, and the median update at which they did. */
export function raceOutcome(report: Pick<AttentionRaceReport, 'runners'>): RaceOutcome[] {
  return RACE_ATTENTION.map((attention) => {
    const rs = report.runners.filter((r) => r.attention === attention);
    const at = rs.map((r) => r.solvedAt ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b);
    const n = at.length;
    const median = n % 2 === 1 ? at[(n - 1) / 2] : (at[n / 2 - 1] + at[n / 2]) / 2;
    return {
      attention,
      seeds: n,
      solved: rs.filter((r) => r.solvedAt !== null).length,
      solvedAt: rs.map((r) => r.solvedAt),
      medianSolvedAt: Number.isFinite(median) ? median : null,
      meanExact: rs.reduce((a, r) => a + r.exact, 0) / Math.max(1, n),
    };
  });
}

/** Seed 1's pair, under PyTorch's names: what "Open in the explainer" hands to level 3. */
export interface RacePair {
  length: number;
  update: number;
  /** The held-out sequence the race showed, to open the explainer on. */
  source: number[];
  models: Record<'none' | 'dot', PyTorchWeights>;
}

/** Seed 1's pair, from the race's report and its two models (wherever in a pool they trained). */
export const racePair = (
  report: AttentionRaceReport,
  none: PyTorchWeights,
  dot: PyTorchWeights,
): RacePair => ({
  length: report.settings.length,
  update: report.update,
  source: report.example.source,
  models: { none, dot },
});

export class AttentionRace {
  readonly settings: AttentionRaceSettings;
  /** The race-wide index of each runner this race hosts (all of them, unless one worker's part). */
  readonly indices: readonly number[];
  /** Hosting only some runners: "every runner solved" is the pool's to decide (attentionRacePool.ts). */
  private readonly part: boolean;
  private readonly nets: Seq2SeqNet[];
  private readonly opts: Optimizer[];
  /** One batch stream per hosted seed, shared by that seed's pair. */
  private readonly rngs = new Map<number, SeededRandom>();
  private readonly heldOut;
  update = 0;
  private readonly runners: AttentionRunner[];
  private readonly curve: AttentionRaceReport['curve'] = [];
  private example: AttentionRaceReport['example'];

  constructor(settings: AttentionRaceSettings, only?: readonly number[]) {
    this.settings = clampRace(settings);
    const P = SEQ2SEQ_PROTOCOL;
    const seeds = Array.from({ length: this.settings.seeds }, (_, i) => i + 1);
    const all = seeds.flatMap((seed) => RACE_ATTENTION.map((attention) => ({ seed, attention })));
    this.part = only !== undefined;
    this.indices = all.map((_, i) => i).filter((i) => !only || only.includes(i));
    const pairs = this.indices.map((i) => all[i]);
    this.nets = pairs.map(({ seed, attention }) =>
      initSeq2Seq({ cell: P.cell, vocab: P.vocab, hidden: P.hidden, attention }, seed),
    );
    this.opts = this.nets.map((n) =>
      createOptimizer(
        { name: 'adam', lr: P.lr, betas: [0.9, 0.999], eps: 1e-8 },
        n.params.map((p) => p.data.length),
      ),
    );
    for (const { seed } of pairs)
      if (!this.rngs.has(seed)) this.rngs.set(seed, seededRandom(seed * 7919 + 3));
    const full = heldOutAt(REVERSE, this.settings.length);
    const L = this.settings.length;
    this.heldOut = {
      ...full,
      B: EVAL_SIZE,
      src: full.src.subarray(0, EVAL_SIZE * L),
      tgt: full.tgt.subarray(0, EVAL_SIZE * L),
    };
    this.runners = pairs.map(({ seed, attention }) => ({
      attention,
      seed,
      loss: Math.log(P.vocab),
      exact: 0,
      perSymbol: 0,
      solvedAt: null,
    }));
    this.example = { source: [], outputs: [], attention: [] };
    this.evaluate();
  }

  get done(): boolean {
    return (
      this.update >= this.settings.updates || (!this.part && this.runners.every((r) => r.solvedAt !== null))
    );
  }

  /** One update of every hosted model; each seed's pair on the same batch. */
  step(): void {
    if (this.done) return;
    this.update++;
    const { length, updates } = this.settings;
    const batches = new Map(
      [...this.rngs].map(([seed, rng]) => [
        seed,
        sampleSeq2Seq(REVERSE, rng, SEQ2SEQ_PROTOCOL.batch, length, SEQ2SEQ_PROTOCOL.vocab),
      ]),
    );
    this.nets.forEach((net, k) => {
      this.opts[k].lr = SEQ2SEQ_PROTOCOL.lr * (1 - (this.update - 1) / updates);
      const r = trainSeq2SeqStep(
        net,
        this.opts[k],
        batches.get(this.runners[k].seed)!,
        SEQ2SEQ_PROTOCOL.clip,
      );
      this.runners[k].loss = 0.9 * this.runners[k].loss + 0.1 * r.loss;
    });
    if (this.update % EVAL_EVERY === 0 || this.done) this.evaluate();
  }

  private evaluate(): void {
    const L = this.settings.length;
    this.nets.forEach((net, k) => {
      const s = decodeScore(net, this.heldOut);
      const r = this.runners[k];
      r.exact = s.exact;
      r.perSymbol = s.perSymbol;
      if (r.solvedAt === null && s.exact >= SOLVED_EXACT) r.solvedAt = this.update;
    });
    this.curve.push({
      update: this.update,
      exact: this.runners.map((r) => r.exact),
      loss: this.runners.map((r) => r.loss),
    });
    const one = { B: 1, L, src: this.heldOut.src.subarray(0, L), tgt: this.heldOut.tgt.subarray(0, L) };
    const traces = RACE_ATTENTION.map((attention) => {
      const k = this.indices.indexOf(runnerIndex(1, attention));
      return k < 0 ? null : forwardSeq2Seq(this.nets[k], one, false);
    });
    const alpha = traces[RACE_ATTENTION.indexOf('dot')]?.alpha;
    this.example = {
      source: Array.from(one.src),
      outputs: traces.map((t) => (t ? Array.from(t.outputs) : [])),
      attention: alpha
        ? Array.from({ length: L }, (_, t) => Array.from(alpha.subarray(t * L, (t + 1) * L)))
        : [],
    };
  }

  /** A hosted runner's model (race-wide index), under PyTorch's names. */
  model(index: number): PyTorchWeights {
    const k = this.indices.indexOf(index);
    if (k < 0) throw new Error(`runner ${index} is not trained here`);
    return seq2seqToPyTorch(this.nets[k]);
  }

  pair(): RacePair {
    return racePair(this.report(), this.model(runnerIndex(1, 'none')), this.model(runnerIndex(1, 'dot')));
  }

  report(): AttentionRaceReport {
    return {
      update: this.update,
      done: this.done,
      settings: this.settings,
      runners: this.runners.map((r) => ({ ...r })),
      curve: this.curve.slice(),
      example: this.example,
    };
  }
}
