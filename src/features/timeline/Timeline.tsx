/**
 * The unrolled network: one cell per timestep with its hidden-state bars, the token it read, the
 * shared weights, the hidden state carried forward by arrows, and for the LSTM a second lane for
 * the cell state — at each step multiplied by the forget gate (×), then added to (+), and shaded
 * by c_t. Every cell is a button; ←/→/Home/End move the selection.
 *
 * Built to stay inside a frame at 200 steps × 64 units: every cell's button is always in the DOM
 * (keyboard, screen readers and find-in-page see all of them) and does not re-render when the run
 * changes, but the data-dependent drawing — bars and the cell-state lane — is drawn only for the
 * cells in and near the visible part of the scroll box, and each cell's bars are a few paths (one
 * per colour step), not one rect per unit.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { StreamTrace, Trace } from '../../engine';
import { maxAbs } from '../../engine/linalg';
import { barScale } from '../../ui/charts/barScale';
import { shorten } from '../../ui/shared/graphemes';
import { svgSubscripts } from '../../ui/shared/Subscripts';
import type { BarScale } from '../../ui/charts/barScale';
import { binnedPaths } from '../../ui/charts/binnedPaths';
import { toSub } from '../../compute/format';

export interface TimelineProps {
  labels: string[];
  trace: Trace;
  step: number;
  onSelect: (step: number) => void;
  /** Largest |h| drawn at full bar height (≥ 1, so tanh cells read on a ±1 scale). */
  extent: number;
  /** Step to mark as the caption's late word, if any. */
  marked?: number;
  /**
   * Embed mode: scale the drawing to fill its box and show only the cells that fit around the
   * selected one (no scrollbar inside a slide).
   */
  fit?: { width: number; height: number };
  /** A symbol hovered in the explainer ('W', 'h', 'hprev', 'c'): its part of the drawing lights up. */
  highlight?: string | null;
  /** Draw every cell's bars, not only the visible ones (for exporting the whole figure). */
  allBars?: boolean;
}

const GAP = 34;
const MARGIN_L = 70;
const BOX_H = 104;
/** Cells drawn beyond each edge of the visible part, so a scroll reveals drawn cells. */
const OVERSCAN = 6;
/** Assumed visible width before the box is measured (and in jsdom, which has no layout). */
const DEFAULT_VIEW = 1400;
const LANE_C = 30;

export function cellWidth(H: number): number {
  return Math.max(64, Math.min(3 * H + 14, 150));
}

/** A step's label under its cell: at most 10 graphemes. */
export const shortLabel = (s: string): string => shorten(s, 10);

export function Timeline({ labels, trace, step, onSelect, extent, marked, fit, highlight, allBars }: TimelineProps) {
  const H = trace.model.spec.hiddenSize;
  const T = trace.T;
  const isLstm = trace.model.spec.cell === 'lstm';
  const cellW = cellWidth(H);
  const pitch = cellW + GAP;
  // The cell-state lane's band is kept for every cell type: switching to and from the LSTM then
  // moves nothing, so the browser re-lays out only what changed (and the figure keeps its size).
  const boxY = 78;
  const mid = BOX_H / 2 + 6; // in the cell row's own coordinates (its top is the box's top)
  const width = MARGIN_L + T * pitch + 10;
  const height = boxY + BOX_H + 44;
  const xOf = (t: number) => MARGIN_L + t * pitch;
  const st = trace.streams.l0;

  const refs = useRef<(SVGGElement | null)[]>([]);
  const focusNext = useRef(false);
  const scroller = useRef<HTMLDivElement>(null);
  const placed = useRef(false);

  // The scroll box's position and width, kept from scroll and resize events so that keeping the
  // selection in view never reads layout right after React changed the DOM (a forced reflow of the
  // whole timeline on every selection). `seen` is the same, as state: it decides what is drawn.
  const viewport = useRef({ left: 0, width: 0 });
  const [seen, setSeen] = useState({ left: 0, width: 0 });
  const frame = useRef(0);
  const publish = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const { left, width: w } = viewport.current;
      setSeen((old) => (old.left === left && old.width === w ? old : { left, width: w }));
    });
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  useEffect(() => {
    const box = scroller.current;
    if (!box || fit) return;
    viewport.current = { left: box.scrollLeft, width: box.clientWidth };
    publish();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      viewport.current.width = entry.contentRect.width;
      publish();
    });
    ro.observe(box);
    return () => ro.disconnect();
  }, [fit, publish]);

  useEffect(() => {
    const el = refs.current[step];
    if (focusNext.current && el) {
      el.focus({ preventScroll: true });
      focusNext.current = false;
    }
    // Keep the selected cell in view (phones scroll the timeline sideways).
    const box = scroller.current;
    if (!box || fit) return;
    const { left: shownLeft, width: shownW } = viewport.current;
    const left = xOf(step) - 20;
    const right = xOf(step) + cellW + 20;
    // Jump on first show (a shared link opening at step 51), glide afterwards unless the reader
    // asked for reduced motion.
    const glide = placed.current && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const behavior: ScrollBehavior = glide ? 'smooth' : 'instant';
    const target = left < shownLeft ? left : right > shownLeft + shownW ? right - shownW : null;
    if (target !== null) {
      box.scrollTo?.({ left: target, behavior });
      viewport.current.left = target;
      publish();
    }
    placed.current = true;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- xOf follows cellW
  }, [step, fit, cellW]);

  const register = useCallback((t: number, el: SVGGElement | null) => {
    refs.current[t] = el;
  }, []);
  // Stable between selections and runs so the memoised cells can skip re-rendering.
  const geom = useMemo(() => ({ cellW, mid }), [cellW, mid]);
  const bars = useMemo(() => barScale(extent, BOX_H / 2 - 16), [extent]);
  const cExtent = useMemo(() => maxAbs(st.c ?? [], 1), [st]);

  const onKey = useCallback((e: KeyboardEvent<SVGGElement>, t: number) => {
    const target = { ArrowRight: t + 1, ArrowLeft: t - 1, Home: 0, End: T - 1 }[e.key];
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(t);
      return;
    }
    if (target === undefined) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(T - 1, target));
    // Focus follows the selection once it has rendered (the effect above); at either end nothing moves.
    if (next !== t) focusNext.current = true;
    onSelect(next);
  }, [T, onSelect]);

  const view = fit ? fitWindow(fit, width, height, xOf(step), cellW) : { x: 0, w: width };
  // Which cells get bars and a cell-state lane drawn: the visible ones, a few either side, and the
  // selected one (a step chosen from the chart or the keyboard is drawn before it scrolls in).
  const shown = fit ? { left: view.x, width: view.w } : { left: seen.left, width: seen.width || DEFAULT_VIEW };
  const from = allBars ? 0 : Math.max(0, Math.floor((shown.left - MARGIN_L) / pitch) - OVERSCAN);
  const to = allBars ? T - 1 : Math.min(T - 1, Math.ceil((shown.left + shown.width - MARGIN_L) / pitch) + OVERSCAN);
  const drawn: number[] = [];
  for (let t = from; t <= to; t++) drawn.push(t);
  if (step < from || step > to) drawn.push(step);

  return (
    <div
      className={fit ? 'timeline-fit' : 'timeline-scroll'}
      ref={scroller}
      onScroll={(e) => {
        viewport.current.left = e.currentTarget.scrollLeft;
        publish();
      }}
    >
      <svg
        className={highlight ? `timeline hl-${highlight}` : 'timeline'}
        width={fit ? '100%' : width}
        height={fit ? '100%' : height}
        viewBox={`${view.x} 0 ${view.w} ${height}`}
        preserveAspectRatio="xMinYMid meet"
        role="group"
        aria-label={`Timeline: ${T} steps, one cell per step. Use the arrow keys, Home and End to move between steps.`}
      >
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" className="arrowhead" />
          </marker>
        </defs>

        {/* Shared weights: one rail over every cell, labelled once. */}
        <g aria-hidden="true" className="weights-rail">
          <line x1={xOf(0)} x2={xOf(T - 1) + cellW} y1={boxY - 8} y2={boxY - 8} />
          <text x={xOf(0)} y={boxY - 14} className="rail-label">
            {svgSubscripts('same weights W_ih, W_hh, b in every cell')}
          </text>
        </g>

        {!(isLstm && st.c) && (
          <text x={40} y={LANE_C + 4} className="lane-sub lane-none" aria-hidden="true">
            {trace.model.spec.cell === 'gru' ? 'The GRU has no separate cell state: h below is its only memory.' : 'A vanilla RNN has no separate cell state: h below is its only memory.'}
          </text>
        )}
        {isLstm && st.c && (
          <g aria-hidden="true" className="lane-c">
            <text x={4} y={LANE_C + 4} className="lane-label">c</text>
            <text x={4} y={LANE_C + 16} className="lane-sub">cell state</text>
            <line x1={40} x2={xOf(0) + cellW / 2 - JUNCTION - 8} y1={LANE_C} y2={LANE_C} markerEnd="url(#arrow)" />
            {drawn.map((t) => (
              <CellLaneStep key={t} t={t} x0={xOf(t)} nextX0={t < T - 1 ? xOf(t + 1) : null} cellW={cellW} boxY={boxY} c={st.c as Float64Array} H={H} cExtent={cExtent} />
            ))}
          </g>
        )}

        <g transform={`translate(0 ${boxY})`}>
          <HLane T={T} cellW={cellW} mid={mid} />
          {labels.map((label, t) => (
            <TimelineCell
              key={t}
              t={t}
              label={label}
              selected={t === step}
              marked={t === marked}
              x0={xOf(t)}
              geom={geom}
              register={register}
              onSelect={onSelect}
              onKey={onKey}
            />
          ))}
          <g className="bars" aria-hidden="true">
            {drawn.map((t) => (
              <CellBars key={t} t={t} x0={xOf(t)} cellW={cellW} mid={mid} stream={st} bars={bars} />
            ))}
          </g>
        </g>
      </svg>
    </div>
  );
}

/** The hidden state carried from cell to cell: static for a given length, so memoised. */
const HLane = memo(function HLane({ T, cellW, mid }: { T: number; cellW: number; mid: number }) {
  const xOf = (t: number) => MARGIN_L + t * (cellW + GAP);
  return (
    <g aria-hidden="true" className="lane-h">
      <text x={4} y={mid - 4} className="lane-label">h₀</text>
      <text x={4} y={mid + 8} className="lane-sub">start = 0</text>
      <line x1={40} x2={xOf(0) - 2} y1={mid} y2={mid} markerEnd="url(#arrow)" />
      {Array.from({ length: T - 1 }, (_, t) => (
        <g key={t}>
          <line x1={xOf(t) + cellW} x2={xOf(t + 1) - 2} y1={mid} y2={mid} markerEnd="url(#arrow)" />
          <text x={xOf(t) + cellW + GAP / 2} y={mid - 6} textAnchor="middle" className="arrow-label">
            h{toSub(t + 1)}
          </text>
        </g>
      ))}
    </g>
  );
});

/** Distance of the × and + junctions from the cell's centre line. */
const JUNCTION = 14;

/**
 * One step of the cell-state lane, in colah's order: c_{t−1} is multiplied by the forget gate (×),
 * then i_t ⊙ g_t is added (+); the lane then carries c_t, drawn as a strip of its units' colours.
 */
const CellLaneStep = memo(function CellLaneStep({ t, x0, nextX0, cellW, boxY, c, H, cExtent }: {
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
  const stripTo = nextX0 === null ? x0 + cellW + 24 : nextX0 + cellW / 2 - JUNCTION - 9;
  const w = (stripTo - stripFrom) / H;
  const strip = binnedPaths(Array.from({ length: H }, (_, j) => ({ v: c[t * H + j] / cExtent, x: stripFrom + j * w, y: LANE_C - 5, w, h: 10 })));
  return (
    <g>
      <line x1={times + 8} x2={plus - 8} y1={LANE_C} y2={LANE_C} />
      <circle cx={times} cy={LANE_C} r={7} className="junction" />
      <text x={times} y={LANE_C + 4} textAnchor="middle" className="junction-sign">×</text>
      <circle cx={plus} cy={LANE_C} r={7} className="junction" />
      <text x={plus} y={LANE_C + 4} textAnchor="middle" className="junction-sign">+</text>
      {strip.map((b) => (
        <path key={b.bin} d={b.d} fill={b.fill} className="c-strip" />
      ))}
      <rect x={stripFrom} y={LANE_C - 5} width={stripTo - stripFrom} height={10} className="c-strip-box" />
      {nextX0 !== null && <line x1={stripTo - 1} x2={stripTo} y1={LANE_C} y2={LANE_C} markerEnd="url(#arrow)" className="c-arrow" />}
      <line x1={cx} x2={cx} y1={LANE_C + 6} y2={boxY} className="c-tap" />
    </g>
  );
});


interface TimelineCellProps {
  t: number;
  label: string;
  selected: boolean;
  marked: boolean;
  x0: number;
  geom: { cellW: number; mid: number };
  register: (t: number, el: SVGGElement | null) => void;
  onSelect: (t: number) => void;
  onKey: (e: KeyboardEvent<SVGGElement>, t: number) => void;
}

/**
 * One timestep's button (its box, labels and token; the bars are drawn on a layer above).
 * Memoised and independent of the run's numbers: selecting a step re-renders the two cells whose
 * `selected` changed, and a new run or cell switch re-renders none.
 */
const TimelineCell = memo(function TimelineCell({ t, label, selected, marked, x0, geom, register, onSelect, onKey }: TimelineCellProps) {
  const { cellW, mid } = geom;
  return (
    <g
      ref={(el) => register(t, el)}
      role="button"
      tabIndex={selected ? 0 : -1}
      aria-pressed={selected}
      aria-label={`Step ${t + 1}: "${shorten(label, 60)}"`}
      className={`cell${selected ? ' selected' : ''}${marked ? ' marked' : ''}`}
      onClick={() => onSelect(t)}
      onKeyDown={(e) => onKey(e, t)}
    >
      <rect x={x0} y={0} width={cellW} height={BOX_H} rx={10} className="cell-box" />
      {/* Decoration, not part of the name: the button is named by its step and token. */}
      <text x={x0 + 6} y={14} className="cell-w" aria-hidden="true">W</text>
      <text x={x0 + cellW - 6} y={14} textAnchor="end" className="cell-step" aria-hidden="true">t={t + 1}</text>
      <line x1={x0 + 4} x2={x0 + cellW - 4} y1={mid} y2={mid} className="zero-line" />
      <text x={x0 + cellW / 2} y={BOX_H + 20} textAnchor="middle" className="token">
        {shortLabel(label)}
      </text>
      {marked && (
        <text x={x0 + cellW / 2} y={BOX_H + 36} textAnchor="middle" className="marked-label" aria-hidden="true">
          ▲ watch here
        </text>
      )}
    </g>
  );
});

/** One step's hidden-state bars: height and sign exact, fill stepped (binnedPaths). */
const CellBars = memo(function CellBars({ t, x0, cellW, mid, stream, bars }: {
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

/** The horizontal slice of the drawing that fits a box at full height, centred on the selection. */
function fitWindow(box: { width: number; height: number }, width: number, height: number, selX: number, cellW: number): { x: number; w: number } {
  if (box.width <= 0 || box.height <= 0) return { x: 0, w: width };
  // Fill the box's height, but never magnify past 1.3x (a full-screen embed would be all cells).
  const scale = Math.min(box.height / height, 1.3);
  const w = Math.min(width, Math.max(cellW * 2, box.width / scale));
  const x = Math.max(0, Math.min(width - w, selX + cellW / 2 - w / 2));
  return { x, w };
}
