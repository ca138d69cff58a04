/**
 * Memory of the first word, as a beginner can read it: run the same cells on the same sequence
 * with only the first token swapped ("Alice" → "Bob") and plot how far the hidden state ends up
 * from the original, ‖h_t − h′_t‖, step by step on a log scale. A line falling by orders of
 * magnitude means the first word is forgotten; a flat line means it is still in the state.
 * (The gradient signal ‖∂h_t/∂x_1‖ is a different quantity and lives in level 2.)
 */
import { useRef, useState } from 'react';
import { CELL_FAMILIES } from '../../state/config';
import type { CellFamily } from '../../state/config';
import type { FirstTokenSwap, MemoryCurve } from '../../state/run';
import { familyStroke } from './scales';
import { LogLineChart } from './LogLineChart';
import { CurveTable, curveSummary } from './CurveTable';
import { HALF_LIFE_DEFINITION } from './curveText';
import { shorten } from '../shared/graphemes';
import { useElementSize } from '../shared/useElementSize';
import { ChartKey } from './ChartKey';

export { HALF_LIFE_DEFINITION, halfLifeText, pct, shareOfStep1 } from './curveText';

export interface MemoryChartProps {
  memory: Record<CellFamily, MemoryCurve>;
  swap: FirstTokenSwap;
  labels: string[];
  step: number;
  current: CellFamily;
  onSelect: (step: number) => void;
  /**
   * Slide mode (embed, presenter): title and legend in one line above a plot that fills the rest of
   * the figure's box, ticks at `tickPx`; no caption, and the table only if `table`.
   */
  compact?: boolean;
  tickPx?: number;
  table?: boolean;
}

export function MemoryChart({ memory, swap, labels, step, current, onSelect, compact = false, tickPx, table = !compact }: MemoryChartProps) {
  const [hover, setHover] = useState<number | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const size = useElementSize(box);
  const T = labels.length;
  const shown = hover ?? step;
  const curves = CELL_FAMILIES.map((f) => memory[f]);
  const chart = (width: number, height: number) => (
    <LogLineChart
      series={CELL_FAMILIES.map((f) => ({ key: f, ...familyStroke(f, current), values: memory[f].values }))}
      marker={shown}
      markerIsHover={hover !== null}
      width={width}
      height={height}
      compact={compact}
      tickPx={tickPx}
      yTitle="‖h_t − h′_t‖ (log)"
      labelledBy="memory-title memory-caption"
      className="memory-chart"
      onHover={setHover}
      onSelect={onSelect}
    />
  );

  return (
    <figure className={compact ? 'memory memory-compact' : 'memory panel'}>
      <h2 id="memory-title" className={compact ? 'visually-hidden' : undefined}>
        Memory of the first word
      </h2>
      {!compact && (
        <p className="note swap-lead">
          Swap the first word, “{swap.from}” → “{swap.to}”, and rerun: how far does the memory h<sub>t</sub> end up from where it was?
        </p>
      )}
      {compact && (
        <ChartKey
          current={current}
          title={
            <>
              ‖h<sub>t</sub> − h′<sub>t</sub>‖ by step (log) after swapping “{shorten(swap.from, 12)}” → “{shorten(swap.to, 12)}”
            </>
          }
        />
      )}
      {compact ? (
        <div className="chart-box" ref={box}>
          {size.width > 0 && chart(Math.max(160, size.width), Math.max(48, size.height))}
        </div>
      ) : (
        chart(760, 250)
      )}
      <figcaption id="memory-caption" className={compact ? 'visually-hidden' : undefined}>
        How far the hidden state moves, ‖h<sub>t</sub> − h′<sub>t</sub>‖, when only the first word is swapped (“{swap.from}” → “{swap.to}”), for all three cells on
        this sequence and their weights. {curveSummary(curves, T)}. A falling line: the first word is being forgotten; a flat one: it is still in
        the state. {HALF_LIFE_DEFINITION}
      </figcaption>
      <CurveTable
        curves={curves}
        current={current}
        T={T}
        shown={shown}
        valueHeader="‖h − h′‖"
        caption={`How far the memory moved at step ${shown + 1} (“${shorten(labels[shown], 24)}”)${hover !== null ? ' — hovering' : ''}`}
        hidden={!table}
      />
    </figure>
  );
}
