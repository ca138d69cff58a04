/**
 * A race split over a pool of workers. Runners never read each other (each seed's batches come
 * from that seed's own stream), so every worker can host some of them (`new Race(s, only)`) and
 * train them bit for bit as the whole race would; this module chooses who hosts what and puts
 * the workers' reports back together into the report the whole race would give.
 */
import { gateCount, recurrentBlocks } from '../engine/cells/vocabulary';
import type { CellKind } from '../engine/types';
import { raceCells } from './race';
import type { CurvePoint, RaceReport } from './race';
import type { RaceSettings } from './settings';
import { seedsOf } from './settings';
import { taskById } from './tasks';

/** Multiply-adds of one runner's update, up to a factor every runner shares (batch × length). */
export function runnerWork(cell: CellKind, s: RaceSettings): number {
  const task = taskById(s.task);
  return s.hidden * (gateCount(cell) * task.inputSize + recurrentBlocks(cell) * s.hidden);
}

/** The work of race-wide runner i (seed-major, then cell). */
function costOf(s: RaceSettings): (i: number) => number {
  const cells = raceCells(s);
  return (i) => runnerWork(cells[i % cells.length], s);
}

export const runnerCount = (s: RaceSettings): number => seedsOf(s).length * raceCells(s).length;

/**
 * Indices 0…n−1 per worker, at most `workers` groups (none empty): the costliest first, each to the
 * least-loaded worker (longest processing time first), so the slowest worker, which decides when
 * the race ends, carries as little as it can. Any race of independent runners splits this way.
 */
export function splitByCost(n: number, cost: (i: number) => number, workers: number): number[][] {
  const k = Math.max(1, Math.min(Math.floor(workers) || 1, n));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => cost(b) - cost(a) || a - b);
  const groups: number[][] = Array.from({ length: k }, () => []);
  const loads = Array.from<number>({ length: k }).fill(0);
  for (const i of order) {
    const j = loads.indexOf(Math.min(...loads));
    groups[j].push(i);
    loads[j] += cost(i);
  }
  return groups.map((g) => g.sort((a, b) => a - b));
}

/** Race-wide runner indices per worker (splitByCost by each cell's multiply-adds). */
export const splitRunners = (s: RaceSettings, workers: number): number[][] =>
  splitByCost(runnerCount(s), costOf(s), workers);

/** The share of the whole race's work the busiest worker carries (1 on one worker). */
export function busiestShare(s: RaceSettings, workers: number): number {
  const cost = costOf(s);
  const loads = splitRunners(s, workers).map((g) => g.reduce((sum, i) => sum + cost(i), 0));
  return Math.max(...loads) / loads.reduce((a, b) => a + b, 0);
}

export interface PartReport {
  /** The race-wide indices the worker hosts, in its report's order. */
  indices: readonly number[];
  report: RaceReport;
}

/**
 * The whole race's report from its workers' latest reports. While they run, the workers may be a
 * few updates apart: the merged report is at the slowest one's update and holds the held-out
 * points every worker has reached. When every runner has diverged the whole race would have
 * stopped at the last divergence, with one held-out point there (all diverged, so all empty).
 */
export function mergeReports(s: RaceSettings, parts: readonly PartReport[]): RaceReport {
  const n = runnerCount(s);
  const runners: RaceReport['runners'] = Array.from({ length: n });
  const gates: RaceReport['gates'] = Array.from({ length: n });
  for (const { indices, report } of parts) {
    indices.forEach((g, k) => {
      runners[g] = report.runners[k];
      gates[g] = report.gates[k];
    });
  }
  const allDiverged = runners.every((r) => r.divergedAt !== null);
  const end = allDiverged ? Math.max(...runners.map((r) => r.divergedAt as number)) : null;
  const longest = parts.reduce((a, b) => (b.report.curve.length > a.report.curve.length ? b : a)).report
    .curve;
  const points =
    end === null
      ? Math.min(...parts.map((p) => p.report.curve.length))
      : longest.filter((p) => p.update < end).length;
  const curve: CurvePoint[] = [];
  for (let t = 0; t < points; t++) {
    const loss: (number | null)[] = Array.from({ length: n }, () => null);
    const accuracy: (number | null)[] = Array.from({ length: n }, () => null);
    for (const { indices, report } of parts) {
      // A worker that stopped short of this point had only diverged runners left: they stay empty.
      const p = report.curve[t];
      if (!p) continue;
      indices.forEach((g, k) => {
        loss[g] = p.loss[k];
        accuracy[g] = p.accuracy[k];
      });
    }
    curve.push({ update: longest[t].update, loss, accuracy });
  }
  if (end !== null)
    curve.push({
      update: end,
      loss: Array.from({ length: n }, () => null),
      accuracy: Array.from({ length: n }, () => null),
    });
  return {
    update: end ?? Math.min(...parts.map((p) => p.report.update)),
    done: end !== null || parts.every((p) => p.report.done),
    runners,
    curve,
    // Every runner diverged: the whole race stopped at `end`. A diverged runner trains no more, so a
    // histogram a worker took after `end` is the one at `end`, and is named so.
    gates: parts.every((p) => p.report.gates.length > 0)
      ? gates.map((g) => (end === null ? g : { ...g, at: Math.min(g.at, end) }))
      : [],
  };
}
