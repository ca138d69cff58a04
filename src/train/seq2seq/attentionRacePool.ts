/**
 * The attention race split over a pool of workers, as racePool.ts does for the lab's race: who
 * hosts which runners, and the whole race's report put back together from the workers' parts.
 *
 * One difference: the whole race ends early when every runner has solved, and that is known only
 * at a held-out evaluation (every EVAL_EVERY updates) with every part's runners in view. So a part
 * may not train past the next evaluation until the pool has seen all parts reach the one before
 * (`nextBarrier`); the pool then stops them all where the whole race would have stopped.
 */
import { decoderInputSize, readoutSize } from './model';
import type { AttentionKind, Seq2SeqSpec } from './model';
import { SEQ2SEQ_PROTOCOL } from './protocol';
import { EVAL_EVERY, RACE_ATTENTION, clampRace, runnerIndex } from './attentionRace';
import type { AttentionRaceReport, AttentionRaceSettings } from './attentionRace';
import { splitByCost } from '../racePool';
import { gateCount } from '../../engine/cells/vocabulary';

export const attentionRunnerCount = (s: AttentionRaceSettings): number =>
  clampRace(s).seeds * RACE_ATTENTION.length;

/**
 * One runner's work per sequence and step, in multiply-adds of the encoder, decoder and readout,
 * plus attention's: its scores and context over the L source steps, forward and back, weighed 4·L·H
 * (measured in Node, a dot-attention update costs 1.16× one without at L = 12 and 1.38× at L = 20).
 */
export function attentionRunnerWork(attention: AttentionKind, length: number): number {
  const P = SEQ2SEQ_PROTOCOL;
  const spec: Seq2SeqSpec = { cell: P.cell, vocab: P.vocab, hidden: P.hidden, attention };
  const G = gateCount(P.cell) * P.hidden;
  const encoder = G * (P.vocab + P.hidden);
  const decoder = G * (decoderInputSize(spec) + P.hidden);
  const readout = P.vocab * readoutSize(spec);
  return encoder + decoder + readout + (attention === 'none' ? 0 : 4 * length * P.hidden);
}

/** Race-wide runner indices per worker, the costliest runners first to the least-loaded worker. */
export function splitAttentionRace(s: AttentionRaceSettings, workers: number): number[][] {
  const { length } = clampRace(s);
  return splitByCost(
    attentionRunnerCount(s),
    (i) => attentionRunnerWork(RACE_ATTENTION[i % RACE_ATTENTION.length], length),
    workers,
  );
}

export interface AttentionPart {
  /** The race-wide indices the worker hosts, in its report's order. */
  indices: readonly number[];
  report: AttentionRaceReport;
}

/**
 * The whole race's report from its parts' latest reports: at the slowest part's update, with the
 * held-out points every part has reached. Done when every part has spent the budget, or when
 * every runner has solved and all parts stand at the same update (the pool holds them there).
 */
export function mergeAttentionParts(
  s: AttentionRaceSettings,
  parts: readonly AttentionPart[],
): AttentionRaceReport {
  const settings = clampRace(s);
  const n = attentionRunnerCount(settings);
  const update = Math.min(...parts.map((p) => p.report.update));
  // A part up to one evaluation ahead may have seen a run solve after `update`: not yet, here.
  const runners: AttentionRaceReport['runners'] = Array.from({ length: n });
  for (const { indices, report } of parts) {
    indices.forEach((g, k) => {
      const r = report.runners[k];
      runners[g] = r.solvedAt !== null && r.solvedAt > update ? { ...r, solvedAt: null } : r;
    });
  }
  const points = Math.min(...parts.map((p) => p.report.curve.length));
  const curve = Array.from({ length: points }, (_, t) => {
    const exact: number[] = Array.from({ length: n }, () => 0);
    const loss: number[] = Array.from({ length: n }, () => 0);
    for (const { indices, report } of parts) {
      indices.forEach((g, k) => {
        exact[g] = report.curve[t].exact[k];
        loss[g] = report.curve[t].loss[k];
      });
    }
    return { update: parts[0].report.curve[t].update, exact, loss };
  });
  // Seed 1's example from whichever parts host its two models.
  const example = {
    source: parts[0].report.example.source,
    outputs: RACE_ATTENTION.map(() => [] as number[]),
    attention: [] as number[][],
  };
  for (const { indices, report } of parts) {
    RACE_ATTENTION.forEach((attention, a) => {
      if (indices.includes(runnerIndex(1, attention))) example.outputs[a] = report.example.outputs[a];
    });
    if (indices.includes(runnerIndex(1, 'dot'))) example.attention = report.example.attention;
  }
  const together = parts.every((p) => p.report.update === update);
  return {
    update,
    done: parts.every((p) => p.report.done) || (together && runners.every((r) => r.solvedAt !== null)),
    settings,
    runners,
    curve,
    example,
  };
}

/**
 * How far the parts may train: up to the first evaluation after `update` (the merged report's,
 * where every part stands), never past the budget. The whole race could end at that evaluation.
 */
export const nextBarrier = (s: AttentionRaceSettings, update: number): number =>
  Math.min(clampRace(s).updates, (Math.floor(update / EVAL_EVERY) + 1) * EVAL_EVERY);
