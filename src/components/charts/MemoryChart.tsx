/**
 * How much the first token still influences the memory, step by step: ‖∂h_t/∂x_1‖ on a log
 * scale, for the vanilla, LSTM and GRU cells on the same sequence. Vanishing memory is a line
 * falling by orders of magnitude; exploding gradients a line that climbs.
 */
import { useState } from 'react';
import { CELL_FAMILIES, CELL_LABELS } from '../../state/config';
import type { CellFamily } from '../../state/config';
import type { MemoryCurve } from '../../state/run';
import { FAMILY_COLORS, familyStroke, fmt } from './scales';
import { LogLineChart } from './LogLineChart';

export interface MemoryChartProps {
  memory: Record<CellFamily, MemoryCurve>;
  labels: string[];
  step: number;
  current: CellFamily;
  onSelect: (step: number) => void;
  /** Embed mode: drawn at this pixel size, without the table and caption. */
  size?: { width: number; height: number };
}

/**
 * Influence at `step` as a share of its value at step 1, where the word is read — the same
 * reference the half-life uses, so step 1 reads 100% and "half" means half of that.
 */
export function shareOfStep1(c: MemoryCurve, step: number): number {
  return c.influence[0] > 0 ? c.influence[step] / c.influence[0] : 1;
}

/** A percentage that never prints a non-zero share as "0.0%": small shares keep two significant digits. */
export function pct(share: number): string {
  const v = 100 * share;
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0%';
  if (Math.abs(v) < 0.01) return `${v.toExponential(1)}%`;
  if (Math.abs(v) < 10) return `${+v.toPrecision(2)}%`;
  return `${Math.round(v)}%`;
}

/** The half-life as a reader should read it; `null` means it never halved here. */
export function halfLifeText(c: MemoryCurve, T: number): string {
  if (c.halfLife !== null) return `${c.halfLife} step${c.halfLife === 1 ? '' : 's'}`;
  return T > 1 && c.influence[T - 1] >= c.influence[0] ? 'no decay within this sequence' : `longer than this sequence (> ${T - 1} steps)`;
}

export function MemoryChart({ memory, labels, step, current, onSelect, size }: MemoryChartProps) {
  const [hover, setHover] = useState<number | null>(null);
  const W = size ? Math.max(200, size.width) : 760;
  const HEIGHT = size ? Math.max(90, size.height) : 250;
  const compact = size !== undefined;
  const T = labels.length;
  const shown = hover ?? step;

  const summaryText = CELL_FAMILIES.map((f) => {
    const c = memory[f];
    return `${CELL_LABELS[f]}: ${fmt(c.influence[T - 1])} at the last step${T > 1 ? ` (${pct(shareOfStep1(c, T - 1))} of step 1)` : ''}`;
  }).join('; ');

  return (
    <figure className={compact ? 'memory memory-compact' : 'memory panel'}>
      <h2 id="memory-title" className={compact ? 'visually-hidden' : undefined}>Memory of the first word</h2>
      <LogLineChart
        series={CELL_FAMILIES.map((f) => ({ key: f, ...familyStroke(f, current), values: memory[f].influence }))}
        marker={shown}
        markerIsHover={hover !== null}
        width={W}
        height={HEIGHT}
        compact={compact}
        yTitle="‖∂h_t / ∂x_1‖ (log)"
        labelledBy="memory-title memory-caption"
        className="memory-chart"
        onHover={setHover}
        onSelect={onSelect}
      />
      <figcaption id="memory-caption" className={compact ? 'visually-hidden' : undefined}>
        How strongly the first word still moves the memory at each step (the gradient norm ‖∂h_t/∂x_1‖), for all three
        cells on this sequence. {summaryText}. Half-life: the steps after step 1 until it falls to half its step-1 value or below.
      </figcaption>
      <table className={compact ? 'memory-table visually-hidden' : 'memory-table'}>
        <caption>
          Influence of the first word at step {shown + 1} (“{labels[shown]}”){hover !== null ? ' — hovering' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Cell</th>
            <th scope="col">‖∂h/∂x₁‖</th>
            <th scope="col">of step 1</th>
            <th scope="col">half-life</th>
          </tr>
        </thead>
        <tbody>
          {CELL_FAMILIES.map((f) => {
            const c = memory[f];
            return (
              <tr key={f} className={f === current ? 'current' : undefined}>
                <th scope="row">
                  <span className="swatch" style={{ background: FAMILY_COLORS[f] }} aria-hidden="true" />
                  {CELL_LABELS[f]}
                </th>
                <td>{fmt(c.influence[shown])}</td>
                <td>{T > 1 ? pct(shareOfStep1(c, shown)) : '—'}</td>
                <td>{halfLifeText(c, T)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
