/**
 * The memory-of-the-first-word chart for slides (embed, presenter): its title and legend in one
 * line, the plot filling the rest of its box at the box's pixel size (so tick labels are drawn at
 * `tickPx`, never scaled down), and optionally the table. Loaded only with the slide views.
 */
import { useState } from 'react';
import { CELL_FAMILIES } from '../../state/config';
import { familyStroke } from './scales';
import { LogLineChart } from './LogLineChart';
import { ChartKey } from './ChartKey';
import { MemoryTable, curveSummary } from './CurveTable';
import { shorten } from '../shared/graphemes';
import { useSizeOf } from '../shared/useSizeOf';
import type { MemoryChartProps } from './MemoryChart';
import { figureHook } from '../shared/figureHooks';
import { t } from '../../i18n/t';
import { Trans } from '../../i18n/Trans';

export interface CompactMemoryChartProps extends MemoryChartProps {
  /** Tick label size in px (the presenter's are read from the back row). */
  tickPx?: number;
  /** Show the table of values at the selected step (presenter); otherwise it is for screen readers only. */
  table?: boolean;
}

export function CompactMemoryChart({
  memory,
  swap,
  labels,
  step,
  current,
  onSelect,
  tickPx,
  table = false,
}: CompactMemoryChartProps) {
  const [hover, setHover] = useState<number | null>(null);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const size = useSizeOf(box);
  const T = labels.length;
  const shown = hover ?? step;
  const curves = CELL_FAMILIES.map((f) => memory[f]);
  return (
    <figure className="memory memory-compact">
      <h2 id="memory-title" className="visually-hidden">
        {t('memory.title', { noun: swap.noun })}
      </h2>
      <ChartKey
        current={current}
        title={
          <Trans
            id="memory.compactTitle"
            values={{ from: shorten(swap.from, 12), to: shorten(swap.to, 12) }}
            components={{ 0: <sub /> }}
          />
        }
      />
      <div className="chart-box" ref={setBox}>
        {size.width > 0 && (
          <LogLineChart
            series={CELL_FAMILIES.map((f) => ({
              key: f,
              ...familyStroke(f, current),
              values: memory[f].values,
            }))}
            marker={shown}
            markerIsHover={hover !== null}
            width={Math.max(160, size.width)}
            height={Math.max(48, size.height)}
            compact
            tickPx={tickPx}
            yTitle="‖h_t − h′_t‖ (log)"
            labelledBy="memory-title memory-caption"
            className="memory-chart"
            hooks={figureHook('memory-chart')}
            onHover={setHover}
            onSelect={onSelect}
          />
        )}
      </div>
      <figcaption id="memory-caption" className="visually-hidden">
        {t('memory.compactCaption', { noun: swap.noun, summary: curveSummary(curves, T) })}
      </figcaption>
      <MemoryTable
        curves={curves}
        current={current}
        labels={labels}
        shown={shown}
        hovering={hover !== null}
        hidden={!table}
        noun={swap.noun}
      />
    </figure>
  );
}
