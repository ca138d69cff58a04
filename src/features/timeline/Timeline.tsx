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
import { svgWords } from '../../ui/shared/svgWords';
import { useMemo, useState } from 'react';
import { t } from '../../i18n/t';
import { familyOf, hasCellState, recurrentBlocks } from '../../engine/cells/vocabulary';
import type { Trace } from '../../engine';
import { maxAbs } from '../../engine/linalg';
import { barScale } from '../../ui/charts/barScale';
import { svgSubscripts } from '../../ui/shared/Subscripts';
import { CellBars, CellLaneStep, HLane, TimelineCell, ZeroLines } from './TimelineParts';
import {
  BOX_H,
  GAP,
  JUNCTION,
  LANE_C,
  MARGIN_L,
  OVERSCAN,
  boxX,
  cellWidth,
  firstView,
  fitWindow,
} from './timelineGeometry';
import { useTimelineScroll } from './useTimelineScroll';
import { ANSWERS_H, TimelineAnswers } from './TimelineAnswers';
import type { StepAnswer } from '../../compute/readout';
import { spotHook } from '../../ui/shared/spotlight';
import { figureHook } from '../../ui/shared/figureHooks';

export { shortLabel } from './timelineGeometry';

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
  /** A trained readout's answer at every step, drawn as a row under the tokens. */
  answers?: StepAnswer[] | null;
}

export function Timeline({
  labels,
  trace,
  step,
  onSelect,
  extent,
  marked,
  fit,
  highlight,
  allBars,
  answers,
}: TimelineProps) {
  const H = trace.model.spec.hiddenSize;
  const T = trace.T;
  const withC = hasCellState(trace.model.spec.cell);
  const cellW = cellWidth(H);
  const pitch = cellW + GAP;
  // The cell-state lane's band is kept for every cell type: switching to and from the LSTM then
  // moves nothing, so the browser re-lays out only what changed (and the figure keeps its size).
  const boxY = 78;
  const mid = BOX_H / 2 + 6; // in the cell row's own coordinates (its top is the box's top)
  const width = MARGIN_L + T * pitch + 10;
  const answersY = boxY + BOX_H + 44;
  const height = answersY + (answers ? ANSWERS_H : 0);
  const xOf = (t: number) => boxX(t, cellW);
  const st = trace.streams.l0;
  const { scroller, seen, register, onKey, onScroll } = useTimelineScroll({
    step,
    T,
    fit: fit !== undefined,
    cellW,
    xOf,
    onSelect,
  });
  // Read once: on a phone, reading the window's width can make the browser lay out the page first.
  const [guess] = useState(firstView);

  const bars = useMemo(() => barScale(extent, BOX_H / 2 - 16), [extent]);
  const cExtent = useMemo(() => maxAbs(st.c ?? [], 1), [st]);

  const view = fit ? fitWindow(fit, width, height, xOf(step), cellW) : { x: 0, w: width };
  // Which cells get bars and a cell-state lane drawn: the visible ones, a few either side, and the
  // selected one (a step chosen from the chart or the keyboard is drawn before it scrolls in).
  const shown = fit ? { left: view.x, width: view.w } : { left: seen.left, width: seen.width || guess };
  const from = allBars ? 0 : Math.max(0, Math.floor((shown.left - MARGIN_L) / pitch) - OVERSCAN);
  const to = allBars
    ? T - 1
    : Math.min(T - 1, Math.ceil((shown.left + shown.width - MARGIN_L) / pitch) + OVERSCAN);
  const drawn: number[] = [];
  for (let t = from; t <= to; t++) drawn.push(t);
  if (step < from || step > to) drawn.push(step);

  return (
    <div
      className={fit ? 'timeline-fit' : 'timeline-scroll'}
      ref={scroller}
      onScroll={onScroll}
      {...spotHook('timeline')}
      {...(fit ? {} : figureHook('timeline-scroller'))}
    >
      <svg
        {...figureHook('timeline')}
        className={highlight ? `timeline hl-${highlight}` : 'timeline'}
        width={fit ? '100%' : width}
        height={fit ? '100%' : height}
        viewBox={`${view.x} 0 ${view.w} ${height}`}
        preserveAspectRatio="xMinYMid meet"
        role="group"
        aria-label={t('timeline.label', { T })}
      >
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="arrowhead" />
          </marker>
        </defs>

        {!(withC && st.c) && (
          <text x={40} y={LANE_C + 4} className="lane-sub lane-none" aria-hidden="true" {...svgWords()}>
            {/* Two short lines: on a phone one long line ran past the visible part ("its o…"). */}
            <tspan x={40} dy="-0.35em">
              {t('timeline.noCellState', { cell: familyOf(trace.model.spec.cell) })}
            </tspan>
            <tspan x={40} dy="1.25em">
              {t('timeline.onlyMemory')}
            </tspan>
          </text>
        )}
        {withC && st.c && (
          <g aria-hidden="true" className="lane-c">
            <text x={4} y={LANE_C + 4} className="lane-label">
              c
            </text>
            <text x={4} y={LANE_C + 16} className="lane-sub" {...svgWords()}>
              {t('timeline.cellState')}
            </text>
            <line
              x1={40}
              x2={xOf(0) + cellW / 2 - JUNCTION - 8}
              y1={LANE_C}
              y2={LANE_C}
              markerEnd="url(#arrow)"
            />
            {drawn.map((t) => (
              <CellLaneStep
                key={t}
                t={t}
                x0={xOf(t)}
                nextX0={t < T - 1 ? xOf(t + 1) : null}
                cellW={cellW}
                boxY={boxY}
                c={st.c as Float64Array}
                H={H}
                cExtent={cExtent}
              />
            ))}
          </g>
        )}

        {/* Shared weights: one rail over every cell, labelled once; drawn after the cell-state lane so its label sits on top of the lane's dotted taps. */}
        <g aria-hidden="true" className="weights-rail">
          <line x1={xOf(0)} x2={xOf(T - 1) + cellW} y1={boxY - 8} y2={boxY - 8} />
          <text x={xOf(0)} y={boxY - 14} className="rail-label" {...svgWords()}>
            {svgSubscripts(
              recurrentBlocks(trace.model.spec.cell) > 0 ? t('timeline.rail') : t('timeline.railNoRecurrent'),
            )}
          </text>
        </g>

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
              cellW={cellW}
              register={register}
              onSelect={onSelect}
              onKey={onKey}
            />
          ))}
          <ZeroLines T={T} cellW={cellW} mid={mid} />
          <g className="bars" aria-hidden="true">
            {drawn.map((t) => (
              <CellBars key={t} t={t} x0={xOf(t)} cellW={cellW} mid={mid} stream={st} bars={bars} />
            ))}
          </g>
        </g>
        {answers && <TimelineAnswers answers={answers} drawn={drawn} cellW={cellW} y={answersY} />}
      </svg>
    </div>
  );
}
