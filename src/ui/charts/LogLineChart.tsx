/**
 * Step-indexed lines on a log scale (D3 scales and line generator), with a marker at one step.
 * Zero values (e.g. steps that receive no gradient under truncation) leave a gap, not a plunge.
 */
import type { MouseEvent } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { svgSubscripts } from '../shared/Subscripts';
import { decadeTicks, tickLabel } from './logAxis';

export interface Series {
  key: string;
  color: string;
  dash?: string;
  width?: number;
  values: ArrayLike<number>;
  /**
   * A name written at the line's end (lines that end close together get their names spread apart);
   * a newline starts a second line.
   */
  label?: string;
}

export interface LogLineChartProps {
  series: Series[];
  /** 0-based step to mark with a cursor and dots. */
  marker: number;
  /** Drawn with a dashed cursor (hover) rather than a solid one (selection). */
  markerIsHover?: boolean;
  width: number;
  height: number;
  compact?: boolean;
  /** Compact charts: tick labels at this size in px (the presenter's are read from the back row). */
  tickPx?: number;
  yTitle: string;
  labelledBy: string;
  className: string;
  /** Stable hooks on the chart's svg (`data-spot-core`, `data-figure`) for the tour and the exports. */
  hooks?: Record<`data-${string}`, string>;
  onHover?: (step: number | null) => void;
  onSelect?: (step: number) => void;
}

const FULL_MARGIN = { top: 16, right: 20, bottom: 36, left: 62 };
/** Room for "1e-16" and a step number at `px`. */
const compactMargin = (px: number) => ({
  top: Math.round(px * 0.6),
  right: 10,
  bottom: Math.round(px * 1.65),
  left: Math.round(px * 3.3 + 4),
});

export function LogLineChart({
  series,
  marker,
  markerIsHover,
  width: W,
  height: HEIGHT,
  compact,
  tickPx = 11,
  yTitle,
  labelledBy,
  className,
  hooks,
  onHover,
  onSelect,
}: LogLineChartProps) {
  const named = series.filter((s) => s.label);
  // Room for the longest end name at 12 px (about 7.5 px a character in the page's sans-serif).
  const nameW = named.length
    ? 10 + 7.5 * Math.max(...named.flatMap((s) => s.label!.split('\n').map((l) => l.length)))
    : 0;
  const base = compact ? compactMargin(tickPx) : FULL_MARGIN;
  const M = { ...base, right: base.right + nameW };
  const tickStyle = compact ? { fontSize: tickPx } : undefined;
  const T = Math.max(...series.map((s) => s.values.length));
  const positive = series.flatMap((s) => Array.from(s.values).filter((v) => v > 0 && Number.isFinite(v)));
  const lo = positive.length ? Math.min(...positive) : 1e-3;
  const hi = positive.length ? Math.max(...positive) : 1;
  const x = scaleLinear()
    .domain([1, Math.max(T, 2)])
    .range([M.left, W - M.right]);
  const y = scaleLog()
    // Headroom over the highest point, so lines that end at the top are not drawn on the frame.
    .domain(lo === hi ? [lo / 10, hi * 10] : [lo, hi * 1.5])
    .range([HEIGHT - M.bottom, M.top])
    .nice();
  // At most one tick per two label heights of plot (embeds can be short), and never more than 7.
  const maxTicks = Math.max(
    2,
    Math.min(7, Math.floor((HEIGHT - M.top - M.bottom) / (compact ? tickPx * 2 : 22))),
  );
  const yTicks = decadeTicks(y.domain() as [number, number], maxTicks);
  // Compact: no more step numbers than fit side by side at the tick size.
  const xCount = Math.max(2, Math.min(10, Math.floor((W - M.left - M.right) / (compact ? tickPx * 4 : 48))));
  const xTicks = x.ticks(Math.min(T, xCount)).filter((t) => Number.isInteger(t) && t <= T);
  const path = (values: ArrayLike<number>) =>
    polyline(
      values,
      (i) => x(i + 1),
      (v) => y(v),
    );

  function stepAt(e: MouseEvent<SVGRectElement>): number {
    const svg = e.currentTarget.ownerSVGElement as SVGSVGElement;
    const r = svg.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * W;
    return Math.max(0, Math.min(T - 1, Math.round(x.invert(px)) - 1));
  }

  return (
    <svg
      {...hooks}
      viewBox={`0 0 ${W} ${HEIGHT}`}
      className={`log-chart ${compact ? 'compact ' : ''}${className}`}
      width={compact ? W : undefined}
      height={compact ? HEIGHT : undefined}
      role="img"
      aria-labelledby={labelledBy}
    >
      <g className="axis" aria-hidden="true">
        {yTicks.map((t) => (
          <g key={t} transform={`translate(0,${y(t)})`}>
            <line x1={M.left} x2={W - M.right} className="grid" />
            <text x={M.left - 6} dy="0.32em" textAnchor="end" style={tickStyle}>
              {tickLabel(t)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text
            key={t}
            x={x(t)}
            y={HEIGHT - M.bottom + (compact ? tickPx * 1.2 : 16)}
            textAnchor="middle"
            style={tickStyle}
          >
            {t}
          </text>
        ))}
        {!compact && (
          <>
            <text x={(M.left + W - M.right) / 2} y={HEIGHT - 4} textAnchor="middle" className="axis-title">
              step
            </text>
            <text
              transform={`translate(14,${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              className="axis-title"
            >
              {svgSubscripts(yTitle)}
            </text>
          </>
        )}
      </g>
      {series.map((s) => (
        <path
          key={s.key}
          d={path(Array.from(s.values)) ?? ''}
          fill="none"
          stroke={s.color}
          strokeWidth={s.width ?? 2}
          strokeDasharray={s.dash}
          className="curve"
          data-series={s.key}
        />
      ))}
      {named.length > 0 && endNames(named, (i) => x(i + 1), y, HEIGHT - M.bottom)}
      <line
        x1={x(marker + 1)}
        x2={x(marker + 1)}
        y1={M.top}
        y2={HEIGHT - M.bottom}
        className={markerIsHover ? 'cursor hover' : 'cursor'}
      />
      {series.map((s) =>
        s.values[marker] > 0 ? (
          <circle
            key={s.key}
            cx={x(marker + 1)}
            cy={y(s.values[marker])}
            r={4.5}
            fill={s.color}
            className="dot"
          />
        ) : null,
      )}
      {(onHover || onSelect) && (
        <rect
          x={M.left}
          y={M.top}
          width={W - M.left - M.right}
          height={HEIGHT - M.top - M.bottom}
          fill="none"
          pointerEvents="all"
          onMouseMove={onHover ? (e) => onHover(stepAt(e)) : undefined}
          onMouseLeave={onHover ? () => onHover(null) : undefined}
          onClick={onSelect ? (e) => onSelect(stepAt(e)) : undefined}
        />
      )}
    </svg>
  );
}

/** Rows this far apart never overlap at 12 px. */
const NAME_GAP = 13;

/**
 * Each named line's name beside its last point, pushed down (then back up from the bottom) so that
 * lines ending together — trained cells all near the top — stay readable; a tick joins name and line.
 */
function endNames(named: Series[], px: (i: number) => number, py: (v: number) => number, bottom: number) {
  const ends = named.flatMap((s) => {
    let i = s.values.length - 1;
    while (i >= 0 && !(s.values[i] > 0 && Number.isFinite(s.values[i]))) i--;
    return i < 0 ? [] : [{ s, x: px(i), y: py(s.values[i]), at: 0 }];
  });
  ends.sort((a, b) => a.y - b.y);
  const rows = (e: (typeof ends)[number]) => e.s.label!.split('\n').length;
  ends.forEach(
    (e, k) => (e.at = k === 0 ? e.y : Math.max(e.y, ends[k - 1].at + NAME_GAP * rows(ends[k - 1]))),
  );
  for (let k = ends.length - 1; k >= 0; k--)
    ends[k].at = Math.min(
      ends[k].at,
      k === ends.length - 1
        ? bottom - NAME_GAP * (rows(ends[k]) - 1)
        : ends[k + 1].at - NAME_GAP * rows(ends[k]),
    );
  return (
    <g className="end-names" aria-hidden="true">
      {ends.map((e) => (
        <g key={e.s.key} data-series={e.s.key}>
          <path d={`M${e.x + 2},${e.y}L${e.x + 8},${e.at}`} stroke={e.s.color} strokeWidth={1.5} />
          <text x={e.x + 10} y={e.at}>
            {e.s.label!.split('\n').map((line, i) => (
              <tspan key={i} x={e.x + 10} dy={i === 0 ? '0.32em' : NAME_GAP}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * A straight-segment line through the positive, finite values (a log axis cannot place others),
 * broken where they are missing — what d3-shape's line().defined() draws, without putting d3-shape
 * into the first screen's JavaScript for this one use.
 */
export function polyline(
  values: ArrayLike<number>,
  px: (i: number) => number,
  py: (v: number) => number,
): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v > 0 && Number.isFinite(v))) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${+px(i).toFixed(2)},${+py(v).toFixed(2)}`;
    pen = true;
  }
  return d;
}
