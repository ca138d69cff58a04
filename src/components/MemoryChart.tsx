/**
 * How much the first token still influences the memory, step by step: ‖∂h_t/∂x_1‖ on a log
 * scale, for the vanilla, LSTM and GRU cells on the same sequence. Vanishing memory is a line
 * falling by orders of magnitude; exploding gradients a line that climbs.
 */
import { useState } from 'react';
import type { MouseEvent } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { CELL_FAMILIES, CELL_LABELS } from '../state/config';
import type { CellFamily } from '../state/config';
import type { MemoryCurve } from '../state/run';
import { FAMILY_COLORS, fmt } from './scales';

export interface MemoryChartProps {
  memory: Record<CellFamily, MemoryCurve>;
  labels: string[];
  step: number;
  current: CellFamily;
  onSelect: (step: number) => void;
  /** Embed mode: drawn at this pixel size, without the table and caption. */
  size?: { width: number; height: number };
}

const FULL_MARGIN = { top: 16, right: 20, bottom: 36, left: 62 };
const COMPACT_MARGIN = { top: 6, right: 10, bottom: 18, left: 40 };
const FLOOR = 1e-40;

const pos = (v: number) => Math.max(v, FLOOR);

/** Influence at `step` as a share of its value at step 2 (the first step after the token is read). */
export function shareOfStep2(c: MemoryCurve, step: number): number {
  return c.influence.length > 1 ? c.influence[step] / c.influence[1] : 1;
}

export function MemoryChart({ memory, labels, step, current, onSelect, size }: MemoryChartProps) {
  const [hover, setHover] = useState<number | null>(null);
  const W = size ? Math.max(200, size.width) : 760;
  const HEIGHT = size ? Math.max(90, size.height) : 250;
  const compact = size !== undefined;
  const M = compact ? COMPACT_MARGIN : FULL_MARGIN;
  const T = labels.length;
  const all = CELL_FAMILIES.flatMap((f) => Array.from(memory[f].influence, pos));
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const x = scaleLinear().domain([1, Math.max(T, 2)]).range([M.left, W - M.right]);
  const y = scaleLog()
    .domain([lo === hi ? lo / 10 : lo, lo === hi ? hi * 10 : hi])
    .range([HEIGHT - M.bottom, M.top])
    .nice();
  const [d0, d1] = y.domain();
  const decades = Math.round(Math.log10(d1) - Math.log10(d0));
  // At most one tick per ~22 px of plot height (embeds can be short), and never more than 7.
  const maxTicks = Math.max(2, Math.min(7, Math.floor((HEIGHT - M.top - M.bottom) / 22)));
  const stride = Math.max(1, Math.ceil(decades / (maxTicks - 1)));
  const yTicks: number[] = [];
  for (let e = Math.round(Math.log10(d0)); e <= Math.round(Math.log10(d1)); e += stride) yTicks.push(10 ** e);
  const xTicks = x.ticks(Math.min(T, 10)).filter((t) => Number.isInteger(t) && t <= T);
  const path = line<number>()
    .x((_, i) => x(i + 1))
    .y((v) => y(pos(v)));
  const shown = hover ?? step;

  function stepAt(e: MouseEvent<SVGRectElement>): number {
    const svg = e.currentTarget.ownerSVGElement as SVGSVGElement;
    const r = svg.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * W;
    return Math.max(0, Math.min(T - 1, Math.round(x.invert(px)) - 1));
  }

  const summaryText = CELL_FAMILIES.map((f) => {
    const c = memory[f];
    return `${CELL_LABELS[f]}: ${fmt(c.influence[T - 1])} at the last step${T > 1 ? ` (${fmt(100 * shareOfStep2(c, T - 1), 1)}% of step 2)` : ''}`;
  }).join('; ');

  return (
    <figure className={compact ? 'memory memory-compact' : 'memory panel'}>
      <h2 id="memory-title" className={compact ? 'visually-hidden' : undefined}>Memory of the first word</h2>
      <svg
        viewBox={`0 0 ${W} ${HEIGHT}`}
        className="memory-chart"
        width={compact ? W : undefined}
        height={compact ? HEIGHT : undefined}
        role="img"
        aria-labelledby="memory-title memory-caption"
      >
        <g className="axis" aria-hidden="true">
          {yTicks.map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line x1={M.left} x2={W - M.right} className="grid" />
              <text x={M.left - 6} dy="0.32em" textAnchor="end">
                {t >= 0.01 && t <= 100 ? String(t) : `1e${Math.round(Math.log10(t))}`}
              </text>
            </g>
          ))}
          {xTicks.map((t) => (
            <text key={t} x={x(t)} y={HEIGHT - M.bottom + (compact ? 13 : 16)} textAnchor="middle">
              {t}
            </text>
          ))}
          {!compact && (
            <>
              <text x={(M.left + W - M.right) / 2} y={HEIGHT - 4} textAnchor="middle" className="axis-title">
                step
              </text>
              <text transform={`translate(14,${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="axis-title">
                ‖∂h_t / ∂x_1‖ (log)
              </text>
            </>
          )}
        </g>
        {CELL_FAMILIES.map((f) => (
          <path
            key={f}
            d={path(Array.from(memory[f].influence)) ?? ''}
            fill="none"
            stroke={FAMILY_COLORS[f]}
            strokeWidth={f === current ? 3.5 : 2}
            strokeDasharray={f === 'lstm' ? '7 3' : f === 'gru' ? '2 3' : undefined}
            className="curve"
          />
        ))}
        <line x1={x(shown + 1)} x2={x(shown + 1)} y1={M.top} y2={HEIGHT - M.bottom} className={hover === null ? 'cursor' : 'cursor hover'} />
        {CELL_FAMILIES.map((f) => (
          <circle key={f} cx={x(shown + 1)} cy={y(pos(memory[f].influence[shown]))} r={4.5} fill={FAMILY_COLORS[f]} className="dot" />
        ))}
        <rect
          x={M.left}
          y={M.top}
          width={W - M.left - M.right}
          height={HEIGHT - M.top - M.bottom}
          fill="transparent"
          onMouseMove={(e) => setHover(stepAt(e))}
          onMouseLeave={() => setHover(null)}
          onClick={(e) => onSelect(stepAt(e))}
        />
      </svg>
      <figcaption id="memory-caption" className={compact ? 'visually-hidden' : undefined}>
        How strongly the first word still moves the memory at each step (the gradient norm ‖∂h_t/∂x_1‖), for all three
        cells on this sequence. {summaryText}.
      </figcaption>
      <table className={compact ? 'memory-table visually-hidden' : 'memory-table'}>
        <caption>
          Influence of the first word at step {shown + 1} (“{labels[shown]}”){hover !== null ? ' — hovering' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Cell</th>
            <th scope="col">‖∂h/∂x₁‖</th>
            <th scope="col">of step 2</th>
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
                <td>{T > 1 ? `${fmt(100 * shareOfStep2(c, shown), 1)}%` : '—'}</td>
                <td>{c.halfLife === null ? (c.influence[T - 1] > c.influence[0] ? 'grows' : `> ${T - 1} steps`) : `${c.halfLife} step${c.halfLife === 1 ? '' : 's'}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
