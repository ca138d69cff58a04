/**
 * The lab's attention race: two GRU encoder–decoders of the same size, one without attention and
 * one with dot-product attention, learning to reverse sequences of one length on the same batches
 * from the same starting draw of their shared tensors' seed. Pure and deterministic, as race.ts.
 */
import { seededRandom } from '../../engine/random';
import type { SeededRandom } from '../../engine/random';
import { createOptimizer } from '../optimizers';
import type { Optimizer } from '../optimizers';
import { forwardSeq2Seq } from './forward';
import { initSeq2Seq } from './model';
import type { AttentionKind, Seq2SeqNet } from './model';
import { SEQ2SEQ_PROTOCOL, heldOutAt } from './protocol';
import { REVERSE, sampleSeq2Seq } from './tasks';
import { decodeScore, trainSeq2SeqStep } from './train';

export interface AttentionRaceSettings {
  /** Every sequence's length, training and held out. */
  length: number;
  updates: number;
  seed: number;
}

export const DEFAULT_ATTENTION_RACE: AttentionRaceSettings = { length: 12, updates: 1000, seed: 1 };
export const ATTENTION_RACE_LIMITS = { length: { min: 4, max: 20 }, updates: { min: 100, max: 5000 } } as const;
export const RACE_ATTENTION: readonly AttentionKind[] = ['none', 'dot'];
/** Solved: this share of held-out sequences reversed exactly. */
export const SOLVED_EXACT = 0.9;
export const EVAL_EVERY = 50;
/** The held-out set is smaller than the shipped models' (200) so an evaluation stays short. */
const EVAL_SIZE = 100;

export interface AttentionRunner {
  attention: AttentionKind;
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
  runners: AttentionRunner[];
  curve: { update: number; exact: number[]; loss: number[] }[];
  /** The first held-out sequence: its source, each model's answer, and the attention model's weights. */
  example: { source: number[]; outputs: number[][]; attention: number[][] };
}

export function clampRace(s: AttentionRaceSettings): AttentionRaceSettings {
  const L = ATTENTION_RACE_LIMITS;
  const clamp = (v: number, lo: number, hi: number, d: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : d);
  return {
    length: clamp(s.length, L.length.min, L.length.max, DEFAULT_ATTENTION_RACE.length),
    updates: clamp(s.updates, L.updates.min, L.updates.max, DEFAULT_ATTENTION_RACE.updates),
    seed: clamp(s.seed, 0, 1e6, DEFAULT_ATTENTION_RACE.seed),
  };
}

export class AttentionRace {
  readonly settings: AttentionRaceSettings;
  private readonly nets: Seq2SeqNet[];
  private readonly opts: Optimizer[];
  private readonly rng: SeededRandom;
  private readonly heldOut;
  private update = 0;
  private readonly runners: AttentionRunner[];
  private readonly curve: AttentionRaceReport['curve'] = [];
  private example: AttentionRaceReport['example'];

  constructor(settings: AttentionRaceSettings) {
    this.settings = clampRace(settings);
    const P = SEQ2SEQ_PROTOCOL;
    this.nets = RACE_ATTENTION.map((attention) => initSeq2Seq({ cell: P.cell, vocab: P.vocab, hidden: P.hidden, attention }, this.settings.seed));
    this.opts = this.nets.map((n) => createOptimizer({ name: 'adam', lr: P.lr, betas: [0.9, 0.999], eps: 1e-8 }, n.params.map((p) => p.data.length)));
    this.rng = seededRandom(this.settings.seed * 7919 + 3);
    const full = heldOutAt(REVERSE, this.settings.length);
    const L = this.settings.length;
    this.heldOut = { ...full, B: EVAL_SIZE, src: full.src.subarray(0, EVAL_SIZE * L), tgt: full.tgt.subarray(0, EVAL_SIZE * L) };
    this.runners = RACE_ATTENTION.map((attention) => ({ attention, loss: Math.log(P.vocab), exact: 0, perSymbol: 0, solvedAt: null }));
    this.example = { source: [], outputs: [], attention: [] };
    this.evaluate();
  }

  get done(): boolean {
    return this.update >= this.settings.updates || this.runners.every((r) => r.solvedAt !== null);
  }

  /** One update of both models on the same batch. */
  step(): void {
    if (this.done) return;
    this.update++;
    const { length, updates } = this.settings;
    const batch = sampleSeq2Seq(REVERSE, this.rng, SEQ2SEQ_PROTOCOL.batch, length, SEQ2SEQ_PROTOCOL.vocab);
    this.nets.forEach((net, k) => {
      this.opts[k].lr = SEQ2SEQ_PROTOCOL.lr * (1 - (this.update - 1) / updates);
      const r = trainSeq2SeqStep(net, this.opts[k], batch, SEQ2SEQ_PROTOCOL.clip);
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
    this.curve.push({ update: this.update, exact: this.runners.map((r) => r.exact), loss: this.runners.map((r) => r.loss) });
    const one = { B: 1, L, src: this.heldOut.src.subarray(0, L), tgt: this.heldOut.tgt.subarray(0, L) };
    const traces = this.nets.map((net) => forwardSeq2Seq(net, one, false));
    const alpha = traces[1].alpha;
    this.example = {
      source: Array.from(one.src),
      outputs: traces.map((t) => Array.from(t.outputs)),
      attention: Array.from({ length: L }, (_, t) => Array.from(alpha.subarray(t * L, (t + 1) * L))),
    };
  }

  report(): AttentionRaceReport {
    return { update: this.update, done: this.done, settings: this.settings, runners: this.runners.map((r) => ({ ...r })), curve: this.curve.slice(), example: this.example };
  }
}
