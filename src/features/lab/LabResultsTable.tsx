/** The lab's outcome table: one row per cell, medians over the seeds. */
import type { CellKind } from '../../engine/types';
import { CELL_NAMES } from '../../content/cells';
import type { RunnerState } from '../../train/race';
import { fmtLoss as fmtNum, pct1 } from '../../compute/format';
import { CELL_COLORS } from './cellStyle';
import { median } from '../../compute/median';

export function LabResultsTable({
  cells,
  runners,
  seeds,
  metricIsAcc,
  lastEval,
  params,
}: {
  /** The race's cells, in race order (the minGRU only when it runs). */
  cells: readonly CellKind[];
  runners: RunnerState[];
  seeds: number;
  metricIsAcc: boolean;
  lastEval: { loss: (number | null)[]; accuracy: (number | null)[] } | undefined;
  params: (cell: CellKind) => number;
}) {
  return (
    <div
      className="lab-table-wrap"
      tabIndex={0}
      role="region"
      aria-label="Race results (scrolls sideways when wide)"
    >
      <table className="lab-table">
        <caption>
          One row per cell{seeds > 1 ? `; values are the median over ${seeds} seeds` : ''}. Loss: the latest
          training batch.
        </caption>
        <thead>
          <tr>
            {/* The answer first: on a phone the later columns are behind a sideways scroll. */}
            <th scope="col">Cell</th>
            <th scope="col">Solved</th>
            <th scope="col">Held-out {metricIsAcc ? 'accuracy' : 'loss'}</th>
            <th scope="col">Loss</th>
            <th scope="col">Parameters</th>
            <th scope="col">Gradient norm</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => {
            const idx = runners.flatMap((r, i) => (r.cell === cell ? [i] : []));
            const rs = idx.map((i) => runners[i]);
            const live = rs.filter((r) => r.divergedAt === null && Number.isFinite(r.loss));
            const heldOut = idx
              .map((i) => (metricIsAcc ? lastEval?.accuracy[i] : lastEval?.loss[i]))
              .filter((v): v is number => v !== null && v !== undefined);
            const solved = rs.filter((r) => r.solvedAt !== null);
            const med = median(solved.map((r) => r.solvedAt as number));
            const ho = median(heldOut);
            return (
              <tr key={cell}>
                <th scope="row">
                  <span className="swatch" style={{ background: CELL_COLORS[cell] }} aria-hidden="true" />{' '}
                  {CELL_NAMES[cell]}
                </th>
                <td>
                  {rs.length === 0
                    ? '—'
                    : `${solved.length} of ${rs.length}${med !== null ? ` (median update ${Math.round(med)})` : ''}${
                        rs.some((r) => r.divergedAt !== null)
                          ? `; diverged at update ${rs.find((r) => r.divergedAt !== null)?.divergedAt}`
                          : ''
                      }`}
                </td>
                <td>{ho === null ? '—' : metricIsAcc ? pct1(ho) : fmtNum(ho)}</td>
                <td>{fmtNum(median(live.map((r) => r.loss)))}</td>
                <td>{params(cell).toLocaleString('en-US')}</td>
                <td>{fmtNum(median(live.map((r) => r.gradNorm)), 3)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="table-more" aria-hidden="true">
        Scroll sideways for loss, parameters and gradient norm →
      </p>
    </div>
  );
}
