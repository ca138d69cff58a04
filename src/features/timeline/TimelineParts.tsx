/** The timeline's memoised pieces: the h lane, one step of the cell-state lane, a step's button and its bars. */
import { svgWords } from '../../ui/shared/svgWords';
import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import type { StreamTrace } from '../../engine';
import type { BarScale } from '../../ui/charts/barScale';
import { binnedPaths } from '../../ui/charts/binnedPaths';
import { shorten } from '../../ui/shared/graphemes';
import { toSub } from '../../compute/format';
import { BOX_H, GAP, JUNCTION, LANE_C, boxX, shortLabel } from './timelineGeometry';
import { t as say } from '../../i18n/t';

/**
 * The hidden state carried from cell to cell: static for a given length, so memoised. Every arrow's
 * shaft is one path and every head another (not a line with a marker per arrow), and the labels
 * stand alone: a 64-step sequence's first frame styles and lays out 125 fewer elements.
 */
export const HLane = memo(function HLane({ T, cellW, mid }: { T: number; cellW: number; mid: number }) {
  const xOf = (t: number) => boxX(t, cellW);
  const arrows: [number, number][] = [
    [40, xOf(0) - 2],
    ...Array.from({ length: T - 1 }, (_, t): [number, number] => [xOf(t) + cellW, xOf(t + 1) - 2]),
  ];
  return (
    <g aria-hidden="true" className="lane-h">
      <text x={4} y={mid - 4} className="lane-label">
        h₀
      </text>
      <text x={4} y={mid + 8} className="lane-sub" {...svgWords()}>
        {say('timeline.start')}
      </text>
      {/* Each shaft runs 2 px under its head, so no seam shows where they meet at any zoom. */}
      <path d={arrows.map(([a, b]) => `M${a},${mid}H${b - HEAD + 2}`).join('')} className="h-shafts" />
      <path d={arrows.map(([, b]) => arrowHead(b, mid)).join('')} className="arrowhead" />
      {Array.from({ length: T - 1 }, (_, t) => (
        <text key={t} x={xOf(t) + cellW + GAP / 2} y={mid - 6} textAnchor="middle" className="arrow-label">
          h{toSub(t + 1)}
        </text>
      ))}
    </g>
  );
});

/** An arrowhead's length: the size #arrow's marker draws on a 1.6 px line. */
const HEAD = 10;

/** A filled arrowhead whose tip is at (x, y), pointing right. */
const arrowHead = (x: number, y: number): string =>
  `M${x - HEAD},${y - 5.5}L${x + 1},${y}L${x - HEAD},${y + 5.5}z`;

/** The zero line across every box: one path, under the bars and never in the way of a click. */
export const ZeroLines = memo(function ZeroLines({
  T,
  cellW,
  mid,
}: {
  T: number;
  cellW: number;
  mid: number;
}) {
  const xOf = (t: number) => boxX(t, cellW);
  return (
    <path
      d={Array.from({ length: T }, (_, t) => `M${xOf(t) + 4},${mid}H${xOf(t) + cellW - 4}`).join('')}
      className="zero-line"
      aria-hidden="true"
    />
  );
});

/**
 * One step of the cell-state lane, in colah's order: c_{t−1} is multiplied by the forget gate (×),
 * then i_t ⊙ g_t is added (+); the lane then carries c_t, drawn as a strip of its units' colours.
 */
/** Height of a c strip: 16 px, so its units read as colours (10 px were slivers). */
const STRIP_H = 16;

export const CellLaneStep = memo(function CellLaneStep({
  t,
  x0,
  nextX0,
  cellW,
  boxY,
  c,
  H,
  cExtent,
}: {
  t: number;
  x0: number;
  nextX0: number | null;
  cellW: number;
  boxY: number;
  c: Float64Array;
  H: number;
  cExtent: number;
}) {
  const cx = x0 + cellW / 2;
  const times = cx - JUNCTION;
  const plus = cx + JUNCTION;
  const stripFrom = plus + 9;
  // The arrow into the next × gets its own few pixels after the strip, so its head covers no unit.
  const arrowTo = nextX0 === null ? null : nextX0 + cellW / 2 - JUNCTION - 8;
  const stripTo = arrowTo === null ? x0 + cellW + 24 : arrowTo - 9;
  const w = (stripTo - stripFrom) / H;
  const strip = binnedPaths(
    Array.from({ length: H }, (_, j) => ({
      v: c[t * H + j] / cExtent,
      x: stripFrom + j * w,
      y: LANE_C - STRIP_H / 2,
      w,
      h: STRIP_H,
    })),
  );
  return (
    <g>
      <line x1={times + 8} x2={plus - 8} y1={LANE_C} y2={LANE_C} />
      <circle cx={times} cy={LANE_C} r={7} className="junction" />
      <text x={times} y={LANE_C + 4} textAnchor="middle" className="junction-sign">
        ×
      </text>
      <circle cx={plus} cy={LANE_C} r={7} className="junction" />
      <text x={plus} y={LANE_C + 4} textAnchor="middle" className="junction-sign">
        +
      </text>
      {strip.map((b) => (
        <path key={b.bin} d={b.d} fill={b.fill} className="c-strip" />
      ))}
      <rect
        x={stripFrom}
        y={LANE_C - STRIP_H / 2}
        width={stripTo - stripFrom}
        height={STRIP_H}
        className="c-strip-box"
      />
      {arrowTo !== null && (
        <line x1={stripTo} x2={arrowTo} y1={LANE_C} y2={LANE_C} markerEnd="url(#arrow)" className="c-arrow" />
      )}
      <line x1={cx} x2={cx} y1={LANE_C + STRIP_H / 2} y2={boxY - 24} className="c-tap" />
      <line x1={cx} x2={cx} y1={boxY - 8} y2={boxY} className="c-tap" />
    </g>
  );
});

interface TimelineCellProps {
  t: number;
  label: string;
  selected: boolean;
  marked: boolean;
  x0: number;
  cellW: number;
  register: (t: number, el: SVGGElement | null) => void;
  onSelect: (t: number) => void;
  onKey: (e: KeyboardEvent<SVGGElement>, t: number) => void;
}

/**
 * One timestep's button (its box, labels and token; the bars are drawn on a layer above).
 * Memoised and independent of the run's numbers: selecting a step re-renders the two cells whose
 * `selected` changed, and a new run or cell switch re-renders none.
 */
export const TimelineCell = memo(function TimelineCell({
  t,
  label,
  selected,
  marked,
  x0,
  cellW,
  register,
  onSelect,
  onKey,
}: TimelineCellProps) {
  return (
    <g
      ref={(el) => register(t, el)}
      role="button"
      tabIndex={selected ? 0 : -1}
      aria-pressed={selected}
      aria-label={say('timeline.step', { step: t + 1, token: shorten(label, 60) })}
      className={`cell${selected ? ' selected' : ''}${marked ? ' marked' : ''}`}
      onClick={() => onSelect(t)}
      onKeyDown={(e) => onKey(e, t)}
    >
      <rect x={x0} y={0} width={cellW} height={BOX_H} rx={10} className="cell-box" />
      {/* Decoration, not part of the name: the button is named by its step and token. */}
      <text x={x0 + 6} y={14} className="cell-w" aria-hidden="true">
        W
      </text>
      <text x={x0 + cellW - 6} y={14} textAnchor="end" className="cell-step" aria-hidden="true">
        t={t + 1}
      </text>
      <text x={x0 + cellW / 2} y={BOX_H + 20} textAnchor="middle" className="token">
        {shortLabel(label)}
      </text>
      {marked && (
        <text
          x={x0 + cellW / 2}
          y={BOX_H + 36}
          {...svgWords('middle')}
          className="marked-label"
          aria-hidden="true"
        >
          {say('timeline.watchHere')}
        </text>
      )}
    </g>
  );
});

/** One step's hidden-state bars: height and sign exact, fill stepped (binnedPaths). */
export const CellBars = memo(function CellBars({
  t,
  x0,
  cellW,
  mid,
  stream,
  bars,
}: {
  t: number;
  x0: number;
  cellW: number;
  mid: number;
  stream: StreamTrace;
  bars: BarScale;
}) {
  const H = stream.H;
  const bw = (cellW - 12) / H;
  const w = Math.max(bw - (bw > 3 ? 1 : 0), 0.6);
  const paths = binnedPaths(
    Array.from({ length: H }, (_, j) => {
      const v = stream.h[t * H + j];
      const len = Math.max(bars.len(Math.abs(v)), 0.5);
      return { v: bars.norm(v), x: x0 + 6 + j * bw, y: v >= 0 ? mid - len : mid, w, h: len };
    }),
  );
  return (
    <g data-step={t + 1}>
      {paths.map((b) => (
        <path key={b.bin} d={b.d} fill={b.fill} className="h-bar" />
      ))}
    </g>
  );
});
