/**
 * The lab's outcome in one plain sentence, computed from the race as it stands: which cell solved
 * the task and when, and which never did better than a model with no memory. A student reads this
 * first; the table, the charts and the settings are there for whoever wants more.
 */
import type { CellKind } from '../engine/types';
import { CELL_WORDS } from '../content/cells';
import { familyOf } from '../engine/cells/vocabulary';
import type { RaceReport } from '../train/race';
import type { TaskInfo } from '../train/tasks';
import { median } from './median';

/** How far past the no-memory baseline a held-out score must be to count as beating it. */
const LOSS_MARGIN = 0.9;
const ACCURACY_MARGIN = 0.05;

const n = (x: number) => x.toLocaleString('en');

/** The baseline in plain words: the part of its label before the number ("predict the mean"). */
const baselineWords = (task: TaskInfo) => task.baselineLabel.split(':')[0].trim();

export function labOutcome(
  report: RaceReport | null,
  cells: readonly CellKind[],
  task: TaskInfo,
  T: number,
  maxUpdates: number,
): string | null {
  if (!report || report.update === 0) return null;
  const last = report.curve[report.curve.length - 1];
  const isAcc = task.metric === 'accuracy';
  const baseline = task.baseline(T);
  const parts = cells.map((cell) => {
    const idx = report.runners.flatMap((r, i) => (r.cell === cell ? [i] : []));
    const rs = idx.map((i) => report.runners[i]);
    const name = cell === 'rnn_relu' ? 'ReLU RNN' : CELL_WORDS[familyOf(cell)].inSentence;
    const solved = rs.flatMap((r) => (r.solvedAt === null ? [] : [r.solvedAt]));
    const seeds = rs.length > 1 ? ` (${solved.length} of ${rs.length} seeds)` : '';
    if (solved.length > 0)
      return {
        order: Math.min(...solved),
        text: `the ${name} solved it at update ${n(Math.min(...solved))}${seeds}`,
      };
    if (rs.length > 0 && rs.every((r) => r.divergedAt !== null))
      return { order: Infinity, text: `the ${name} diverged (its numbers stopped being finite)` };
    const scores = idx.flatMap((i) => {
      const v = isAcc ? last?.accuracy[i] : last?.loss[i];
      return v === null || v === undefined || !Number.isFinite(v) ? [] : [v];
    });
    const mid = median(scores);
    const beat = mid !== null && (isAcc ? mid > baseline + ACCURACY_MARGIN : mid < baseline * LOSS_MARGIN);
    const none = `a model with no memory (${baselineWords(task)})`;
    return {
      order: Infinity,
      text: beat
        ? `the ${name} did better than a model with no memory but ${report.done ? 'did not solve it' : 'has not solved it yet'}`
        : report.done
          ? `the ${name} ended no better than ${none}`
          : `the ${name} has not yet done better than ${none}`,
    };
  });
  parts.sort((a, b) => a.order - b.order);
  const when = report.done
    ? `After ${n(report.update)} updates`
    : `So far, at update ${n(report.update)} of ${n(maxUpdates)}`;
  return `${when}: ${parts.map((p) => p.text).join('; ')}.`;
}
