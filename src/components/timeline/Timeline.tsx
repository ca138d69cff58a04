/**
 * The unrolled network: one cell per timestep with its hidden-state bars, the token it read, the
 * shared weights, the hidden state carried forward by arrows, and for the LSTM a second lane for
 * the cell state (the additive path). Every cell is a button; ←/→/Home/End move the selection.
 */
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import type { StreamTrace, Trace } from '../../engine';
import { binnedPaths } from '../charts/binnedPaths';

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
}

const GAP = 34;
const MARGIN_L = 70;
const BOX_H = 104;

export function cellWidth(H: number): number {
  return Math.max(64, Math.min(3 * H + 14, 150));
}

export const shortLabel = (s: string): string => (s.length > 10 ? `${s.slice(0, 9)}…` : s);

export function Timeline({ labels, trace, step, onSelect, extent, marked, fit, highlight }: TimelineProps) {
  const H = trace.model.spec.hiddenSize;
  const T = trace.T;
  const isLstm = trace.model.spec.cell === 'lstm';
  const cellW = cellWidth(H);
  const laneC = 30;
  const boxY = isLstm ? 78 : 40;
  const mid = boxY + BOX_H / 2 + 6;
  const width = MARGIN_L + T * (cellW + GAP) + 10;
  const height = boxY + BOX_H + 44;
  const xOf = (t: number) => MARGIN_L + t * (cellW + GAP);
  const st = trace.streams.l0;

  const refs = useRef<(SVGGElement | null)[]>([]);
  const focusNext = useRef(false);
  const scroller = useRef<HTMLDivElement>(null);
  const placed = useRef(false);

  // The scroll box's position and width, kept from scroll and resize events so that keeping the
  // selection in view never reads layout right after React changed the DOM (a forced reflow of the
  // whole timeline on every selection).
  const viewport = useRef({ left: 0, width: 0 });
  useEffect(() => {
    const box = scroller.current;
    if (!box || fit) return;
    viewport.current = { left: box.scrollLeft, width: box.clientWidth };
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      viewport.current.width = entry.contentRect.width;
    });
    ro.observe(box);
    return () => ro.disconnect();
  }, [fit]);

  useEffect(() => {
    const el = refs.current[step];
    if (focusNext.current && el) {
      el.focus({ preventScroll: true });
      focusNext.current = false;
    }
    // Keep the selected cell in view (phones scroll the timeline sideways).
    const box = scroller.current;
    if (!box || fit) return;
    const { left: seen, width: seenW } = viewport.current;
    const left = xOf(step) - 20;
    const right = xOf(step) + cellW + 20;
    // Jump on first show (a shared link opening at step 51), glide afterwards unless the reader
    // asked for reduced motion.
    const glide = placed.current && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const behavior: ScrollBehavior = glide ? 'smooth' : 'instant';
    const target = left < seen ? left : right > seen + seenW ? right - seenW : null;
    if (target !== null) {
      box.scrollTo?.({ left: target, behavior });
      viewport.current.left = target;
    }
    placed.current = true;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- xOf follows cellW
  }, [step, fit, cellW]);

  const register = useCallback((t: number, el: SVGGElement | null) => {
    refs.current[t] = el;
  }, []);
  // Stable between selections so the memoised cells can skip re-rendering.
  const geom = useMemo(() => {
    const bar = scaleLinear().domain([0, extent]).range([0, BOX_H / 2 - 16]).clamp(true);
    return { cellW, boxY, mid, barLen: (v: number) => bar(v) };
  }, [cellW, boxY, mid, extent]);

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
  return (
    <div
      className={fit ? 'timeline-fit' : 'timeline-scroll'}
      ref={scroller}
      onScroll={(e) => {
        viewport.current.left = e.currentTarget.scrollLeft;
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
            same weights W_ih, W_hh, b in every cell
          </text>
        </g>

        {isLstm && (
          <g aria-hidden="true" className="lane-c">
            <text x={4} y={laneC + 4} className="lane-label">c</text>
            <text x={4} y={laneC + 16} className="lane-sub">cell state</text>
            <line x1={40} x2={xOf(0) + cellW / 2 - 9} y1={laneC} y2={laneC} markerEnd="url(#arrow)" />
            {labels.map((_, t) => (
              <g key={t}>
                <circle cx={xOf(t) + cellW / 2} cy={laneC} r={8} className="plus" />
                <text x={xOf(t) + cellW / 2} y={laneC + 4} textAnchor="middle" className="plus-sign">+</text>
                {t < T - 1 && (
                  <line x1={xOf(t) + cellW / 2 + 9} x2={xOf(t + 1) + cellW / 2 - 9} y1={laneC} y2={laneC} markerEnd="url(#arrow)" />
                )}
                <line x1={xOf(t) + cellW / 2} x2={xOf(t) + cellW / 2} y1={laneC + 8} y2={boxY} className="c-tap" />
              </g>
            ))}
          </g>
        )}

        <g aria-hidden="true" className="lane-h">
          <text x={4} y={mid - 4} className="lane-label">h₀</text>
          <text x={4} y={mid + 8} className="lane-sub">start = 0</text>
          <line x1={40} x2={xOf(0) - 2} y1={mid} y2={mid} markerEnd="url(#arrow)" />
          {labels.slice(0, -1).map((_, t) => (
            <g key={t}>
              <line x1={xOf(t) + cellW} x2={xOf(t + 1) - 2} y1={mid} y2={mid} markerEnd="url(#arrow)" />
              <text x={xOf(t) + cellW + GAP / 2} y={mid - 6} textAnchor="middle" className="arrow-label">
                h{toSub(t + 1)}
              </text>
            </g>
          ))}
        </g>

        {labels.map((label, t) => (
          <TimelineCell
            key={t}
            t={t}
            label={label}
            selected={t === step}
            marked={t === marked}
            x0={xOf(t)}
            geom={geom}
            stream={st}
            extent={extent}
            register={register}
            onSelect={onSelect}
            onKey={onKey}
          />
        ))}
      </svg>
    </div>
  );
}

const SUBS = '₀₁₂₃₄₅₆₇₈₉';
export const toSub = (n: number): string => String(n).replace(/\d/g, (d) => SUBS[Number(d)]);

interface CellGeometry {
  cellW: number;
  boxY: number;
  mid: number;
  barLen: (absValue: number) => number;
}

interface TimelineCellProps {
  t: number;
  label: string;
  selected: boolean;
  marked: boolean;
  x0: number;
  geom: CellGeometry;
  stream: StreamTrace;
  extent: number;
  register: (t: number, el: SVGGElement | null) => void;
  onSelect: (t: number) => void;
  onKey: (e: KeyboardEvent<SVGGElement>, t: number) => void;
}

/**
 * One timestep. Memoised: selecting a step re-renders only the two cells whose `selected`
 * changed, which keeps a selection within one frame on long sequences (bench/selectStep.bench.ts).
 */
const TimelineCell = memo(function TimelineCell({ t, label, selected, marked, x0, geom, stream, extent, register, onSelect, onKey }: TimelineCellProps) {
  const { cellW, boxY, mid, barLen } = geom;
  const H = stream.H;
  const bw = (cellW - 12) / H;
  return (
    <g
      ref={(el) => register(t, el)}
      role="button"
      tabIndex={selected ? 0 : -1}
      aria-pressed={selected}
      aria-label={`Step ${t + 1}: "${label}"`}
      className={`cell${selected ? ' selected' : ''}${marked ? ' marked' : ''}`}
      onClick={() => onSelect(t)}
      onKeyDown={(e) => onKey(e, t)}
    >
      <rect x={x0} y={boxY} width={cellW} height={BOX_H} rx={10} className="cell-box" />
      <text x={x0 + 6} y={boxY + 14} className="cell-w">W</text>
      <text x={x0 + cellW - 6} y={boxY + 14} textAnchor="end" className="cell-step">t={t + 1}</text>
      <line x1={x0 + 4} x2={x0 + cellW - 4} y1={mid} y2={mid} className="zero-line" />
      {barPaths(stream.h, t * H, H, x0 + 6, bw, mid, barLen, extent).map((b) => (
        <path key={b.bin} d={b.d} fill={b.fill} className="h-bar" />
      ))}
      <text x={x0 + cellW / 2} y={boxY + BOX_H + 20} textAnchor="middle" className="token">
        {shortLabel(label)}
      </text>
      {marked && (
        <text x={x0 + cellW / 2} y={boxY + BOX_H + 36} textAnchor="middle" className="marked-label">
          ▲ watch here
        </text>
      )}
    </g>
  );
});

/** One cell's hidden-state bars (height and sign exact), grouped into one path per colour step. */
export function barPaths(
  h: Float64Array,
  off: number,
  H: number,
  x0: number,
  bw: number,
  mid: number,
  barLen: (absValue: number) => number,
  extent: number,
): { bin: number; d: string; fill: string }[] {
  const w = Math.max(bw - (bw > 3 ? 1 : 0), 0.6);
  return binnedPaths(
    Array.from({ length: H }, (_, j) => {
      const v = h[off + j];
      const len = Math.max(barLen(Math.abs(v)), 0.5);
      return { v: v / extent, x: x0 + j * bw, y: v >= 0 ? mid - len : mid, w, h: len };
    }),
  );
}

/** The horizontal slice of the drawing that fits a box at full height, centred on the selection. */
function fitWindow(box: { width: number; height: number }, width: number, height: number, selX: number, cellW: number): { x: number; w: number } {
  if (box.width <= 0 || box.height <= 0) return { x: 0, w: width };
  // Fill the box's height, but never magnify past 1.3x (a full-screen embed would be all cells).
  const scale = Math.min(box.height / height, 1.3);
  const w = Math.min(width, Math.max(cellW * 2, box.width / scale));
  const x = Math.max(0, Math.min(width - w, selX + cellW / 2 - w / 2));
  return { x, w };
}
