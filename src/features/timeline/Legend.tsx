/**
 * Colour legend for the hidden-state bars (the diverging scale with its ±extent ticks), or, with
 * `cellState`, for the LSTM's cell-state strips, which are coloured linearly against their own
 * largest |c| (often far from h's ±1).
 */
import { svgWords } from '../../ui/shared/svgWords';
import { useId } from 'react';
import { t } from '../../i18n/t';
import { scaleLinear } from 'd3-scale';
import { stateColor } from '../../ui/charts/scales';
import { SYMLOG_FROM, legendTick as fmt } from '../../ui/charts/barScale';

export function Legend({ extent, cellState = false }: { extent: number; cellState?: boolean }) {
  const gradId = useId();
  const W = 200;
  const x = scaleLinear()
    .domain([-extent, extent])
    .range([8, W - 8]);
  const stops = [-1, -0.5, 0, 0.5, 1];
  const symlog = !cellState && extent > SYMLOG_FROM;
  // The end labels are anchored inwards, so a wide range (±232.7) never runs off the figure.
  const ticks: { v: number; anchor: 'start' | 'middle' | 'end' }[] = [
    { v: -extent, anchor: 'start' },
    { v: 0, anchor: 'middle' },
    { v: extent, anchor: 'end' },
  ];
  return (
    <svg
      className="legend"
      width={W}
      height={46}
      viewBox={`0 0 ${W} 46`}
      role="img"
      aria-label={
        cellState
          ? t('legend.cellLabel', { extent: fmt(extent) })
          : t('legend.hLabel', { extent: fmt(extent), symlog: symlog ? 'yes' : 'no' })
      }
    >
      <defs>
        <linearGradient id={gradId}>
          {stops.map((s) => (
            <stop key={s} offset={`${((s + 1) / 2) * 100}%`} stopColor={stateColor(s)} />
          ))}
        </linearGradient>
      </defs>
      <text x={W / 2} y={10} className="legend-title" {...svgWords('middle')}>
        {cellState ? t('legend.cellTitle') : symlog ? t('legend.hSymlogTitle') : t('legend.hTitle')}
      </text>
      <rect
        x={8}
        y={15}
        width={W - 16}
        height={10}
        fill={`url(#${gradId})`}
        stroke="currentColor"
        strokeWidth={0.5}
      />
      {ticks.map(({ v, anchor }) => (
        <text
          key={anchor}
          x={anchor === 'start' ? 8 : anchor === 'end' ? W - 8 : x(v)}
          y={39}
          textAnchor={anchor}
        >
          {v === 0 ? '0' : `${v > 0 ? '+' : '−'}${fmt(Math.abs(v))}`}
        </text>
      ))}
    </svg>
  );
}
