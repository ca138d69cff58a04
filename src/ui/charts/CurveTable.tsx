/**
 * The table under a per-cell curve chart (memory, gradient signal): each cell's value at the shown
 * step, its share of the step-1 value and its half-life — the numbers the chart draws.
 */
import type { CellFamily } from '../../state/config';
import { t } from '../../i18n/t';
import type { MemoryCurve } from '../../compute/run';
import { FAMILY_COLORS, fmt } from './scales';
import { halfLifeText, shareOfStep1 } from './curveText';
import { pct } from '../../compute/format';
import { shorten } from '../shared/graphemes';
import { CELL_LABELS } from '../../content/cells';

/** 1.6e-17 with a minus sign, which a line never breaks after (a hyphen-minus left "1.6e-" on one line). */
const unbroken = (s: string) => s.replace(/e-/g, 'e\u2212');

/** One sentence per chart: every curve's last value and its share of step 1. */
export function curveSummary(curves: MemoryCurve[], T: number): string {
  return curves
    .map((c) =>
      t('curve.summary', {
        cell: CELL_LABELS[c.family],
        value: unbroken(fmt(c.values[T - 1])),
        share: T > 1 ? unbroken(pct(shareOfStep1(c, T - 1))) : 'none',
      }),
    )
    .join(t('curve.separator'));
}

/** The memory chart's table (full page and slides): ‖h − h′‖ at the shown step, for each cell. */
export function MemoryTable({
  curves,
  current,
  labels,
  shown,
  hovering,
  hidden,
  noun,
  untrained,
}: {
  curves: MemoryCurve[];
  current: CellFamily;
  labels: string[];
  shown: number;
  hovering: boolean;
  hidden?: boolean;
  noun: string;
  /** Cells drawn with random weights beside trained ones (no trained model of them ships). */
  untrained?: readonly CellFamily[];
}) {
  return (
    <CurveTable
      curves={curves}
      current={current}
      T={labels.length}
      shown={shown}
      valueHeader="‖h − h′‖"
      caption={t('curve.caption', {
        noun,
        step: shown + 1,
        token: shorten(labels[shown], 24),
        hovering: hovering ? 'yes' : 'no',
      })}
      hidden={hidden}
      untrained={untrained}
    />
  );
}

export function CurveTable({
  curves,
  current,
  T,
  shown,
  valueHeader,
  caption,
  hidden,
  untrained = [],
}: {
  curves: MemoryCurve[];
  current: CellFamily;
  T: number;
  shown: number;
  valueHeader: string;
  caption: string;
  hidden?: boolean;
  untrained?: readonly CellFamily[];
}) {
  return (
    <table className={hidden ? 'memory-table visually-hidden' : 'memory-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('curve.cell')}</th>
          <th scope="col">{valueHeader}</th>
          <th scope="col">{t('curve.ofStep1')}</th>
          <th scope="col">{t('curve.halfLife')}</th>
        </tr>
      </thead>
      <tbody>
        {curves.map((c) => (
          <tr key={c.family} className={c.family === current ? 'current' : undefined}>
            <th scope="row">
              <span className="swatch" style={{ background: FAMILY_COLORS[c.family] }} aria-hidden="true" />
              {CELL_LABELS[c.family]}
              {untrained.includes(c.family) && ' (random weights)'}
            </th>
            <td>{fmt(c.values[shown])}</td>
            <td>{T > 1 ? pct(shareOfStep1(c, shown)) : '—'}</td>
            <td>{halfLifeText(c, T)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
