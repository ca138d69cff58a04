/**
 * The lab's charts, drawn with D3 scales and line generators into SVG: held-out loss (log scale)
 * or accuracy per cell against the task's baseline, and the gate histograms before and after.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { CellKind } from '../../engine/types';
import type { CurvePoint, RunnerState } from '../../train/race';
import { CELL_COLORS, CELL_DASH } from './cellStyle';
import { decadeTicks, tickLabel } from '../../ui/charts/logAxis';
import { wholePct } from '../../compute/format';
import { useFitWidth } from '../../ui/shared/useFitWidth';

const M = { top: 14, right: 16, bottom: 34, left: 58 };

export interface CurveChartProps {
  curve: CurvePoint[];
  runners: RunnerState[];
  metric: 'loss' | 'accuracy';
  baseline: number;
  baselineLabel: string;
  /** Where "solved" starts (the loss or accuracy a run must pass): kept inside the axis and drawn. */
  target: number;
  targetLabel: string;
  maxUpdates: number;
  title: string;
  width?: number;
  height?: number;
}

export function CurveChart({
  curve,
  runners,
  metric,
  baseline,
  baselineLabel,
  target,
  targetLabel,
  maxUpdates,
  title,
  width = 520,
  height = 240,
}: CurveChartProps) {
  const { ref: fitRef, width: W } = useFitWidth<HTMLElement>(width);
  const H = height;
  const values = curve
    .flatMap((p) => (metric === 'loss' ? p.loss : p.accuracy))
    .filter((v): v is number => v !== null && Number.isFinite(v) && v > 0);
  const lastUpdate = Math.max(10, curve.length ? curve[curve.length - 1].update : 0);
  const x = scaleLinear()
    .domain([0, Math.min(maxUpdates, Math.max(lastUpdate, 10))])
    .range([M.left, W - M.right]);
  const logY = metric === 'loss';
  const lo = Math.min(baseline, target, ...values);
  const hi = Math.max(baseline, target, ...values);
  const y = logY
    ? scaleLog()
        .domain([Math.max(1e-6, lo * 0.8), hi * 1.2])
        .range([H - M.bottom, M.top])
        .nice()
    : scaleLinear()
        .domain([0, 1])
        .range([H - M.bottom, M.top]);
  const yTicks = logY ? decadeTicks(y.domain() as [number, number]) : [0, 0.25, 0.5, 0.75, 1];
  const xTicks = x.ticks(5);
  const titleId = `curve-${metric}-title`;
  return (
    <figure className="lab-chart" ref={fitRef}>
      <figcaption id={titleId}>{title}</figcaption>
      <svg
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={titleId}
        className="lab-svg"
      >
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="tick">
              {logY ? tickLabel(t) : wholePct(t)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={t} x={x(t)} y={H - M.bottom + 16} textAnchor="middle" className="tick">
            {t}
          </text>
        ))}
        <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle" className="axis-title">
          updates
        </text>
        <text
          transform={`translate(12 ${(H - M.bottom + M.top) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="axis-title"
        >
          {metric === 'loss' ? 'held-out loss (log)' : 'held-out accuracy'}
        </text>
        {/* The solved side of the threshold as a shaded zone, and the no-memory baseline in a colour
            and dash no cell uses: reference marks that cannot be mistaken for a cell's line. */}
        <rect
          x={M.left}
          width={W - M.right - M.left}
          y={logY ? y(target) : M.top}
          height={logY ? H - M.bottom - y(target) : y(target) - M.top}
          className="target-zone"
        />
        <line x1={M.left} x2={W - M.right} y1={y(baseline)} y2={y(baseline)} className="baseline" />
        {runners.map((r, i) => {
          const pts = curve
            .map((p) => [p.update, metric === 'loss' ? p.loss[i] : p.accuracy[i]] as const)
            .filter(
              (q): q is readonly [number, number] =>
                q[1] !== null && Number.isFinite(q[1]) && (!logY || q[1] > 0),
            );
          const d = line<readonly [number, number]>()
            .x((q) => x(Math.min(q[0], x.domain()[1])))
            .y((q) => y(q[1]))(pts);
          return (
            <path
              key={`${r.cell}-${r.seed}`}
              d={d ?? undefined}
              fill="none"
              stroke={CELL_COLORS[r.cell]}
              strokeDasharray={CELL_DASH[r.cell]}
              strokeWidth={r.seed === runners[0].seed ? 2.5 : 1.2}
              opacity={r.seed === runners[0].seed ? 1 : 0.55}
            />
          );
        })}
      </svg>
      {/* Named under the chart, not on it: inside the plot the label sat on the curves at chance. */}
      <p className="hint baseline-key">
        <svg width="28" height="8" aria-hidden="true">
          <line x1="0" x2="28" y1="4" y2="4" className="baseline-swatch" />
        </svg>{' '}
        Orange dashes: no memory, {baselineLabel}.{' '}
        <svg width="28" height="10" aria-hidden="true">
          <rect x="0" y="0" width="28" height="10" className="target-zone" />
        </svg>{' '}
        Shaded: solved, {targetLabel}.
      </p>
    </figure>
  );
}

/**
 * Two histograms over each other (before training, and at update `at`) of one gate's values over
 * held-out data. A running race sends the latest evaluation's histogram, up to `evalEvery` updates
 * behind the status line, so the caption names its update instead of saying "now".
 */
export function GateHistogram({
  cell,
  before,
  now,
  at,
  gateName,
}: {
  cell: CellKind;
  before: number[];
  now: number[];
  at: number;
  gateName: string;
}) {
  const W = 250;
  const H = 130;
  // Room below the ticks for the axis title's descenders ("gate" lost its g at 30).
  const m = { top: 8, right: 8, bottom: 38, left: 8 };
  const max = Math.max(1e-9, ...before, ...now);
  const bw = (W - m.left - m.right) / Math.max(1, now.length);
  const y = (v: number) => ((H - m.top - m.bottom) * v) / max;
  const id = `hist-${cell}`;
  const peak = (h: number[]) =>
    h.slice(0, 2).reduce((a, b) => a + b, 0) + h.slice(-2).reduce((a, b) => a + b, 0);
  return (
    <figure className="lab-chart small">
      <figcaption id={id}>
        {gateName}: before training (outline) and at update {at} (filled)
      </figcaption>
      <svg
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={id}
        aria-describedby={`${id}-desc`}
        className="lab-svg"
      >
        {now.map((v, i) => (
          <rect
            key={`n${i}`}
            x={m.left + i * bw + 1}
            width={bw - 2}
            y={H - m.bottom - y(v)}
            height={y(v)}
            fill={CELL_COLORS[cell]}
            opacity={0.75}
          />
        ))}
        {before.map((v, i) => (
          <rect
            key={`b${i}`}
            x={m.left + i * bw + 1}
            width={bw - 2}
            y={H - m.bottom - y(v)}
            height={y(v)}
            fill="none"
            stroke="currentColor"
            strokeWidth={1.2}
          />
        ))}
        <text x={m.left} y={H - m.bottom + 14} className="tick">
          0
        </text>
        <text x={W / 2} y={H - m.bottom + 14} textAnchor="middle" className="tick">
          0.5
        </text>
        <text x={W - m.right} y={H - m.bottom + 14} textAnchor="end" className="tick">
          1
        </text>
        <text x={W / 2} y={H - 8} textAnchor="middle" className="axis-title">
          gate value
        </text>
      </svg>
      <p id={`${id}-desc`} className="hint">
        Below 0.1 or above 0.9 (saturated): {Math.round(peak(before) * 100)}% of values before training,{' '}
        {Math.round(peak(now) * 100)}% at update {at}.
      </p>
    </figure>
  );
}
