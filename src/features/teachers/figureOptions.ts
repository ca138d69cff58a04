/** The title and legend each exported figure carries (PNG, SVG and every frame of the video). */
import type { Run } from '../../compute/run';
import type { FigureOptions } from './exportFigure';
import { maxAbs } from '../../engine/linalg';
import { CELL_FAMILIES, CELL_LABELS } from '../../state/config';
import { familyStroke, stateColor } from '../../ui/charts/scales';
import { SYMLOG_FROM, legendTick } from '../../ui/charts/barScale';
import { shorten } from '../../ui/shared/graphemes';
import { findFigure } from '../../ui/shared/figureHooks';

export const FIGURES = [
  { figure: 'timeline', name: 'rnn-timeline', label: 'timeline' },
  { figure: 'memory-chart', name: 'rnn-memory-chart', label: 'memory chart' },
] as const;
export type FigureName = (typeof FIGURES)[number]['name'];

/**
 * A downloaded file's name says what it holds, so a folder of exports sorts itself out: the cell,
 * the figure, and the step it marks ("rnn-lstm-timeline-step-3"), or the run's length for the JSON.
 */
export function fileStem(name: FigureName | 'rnn-run', run: Run, step: number): string {
  const what = name.replace(/^rnn-/, '');
  const cell = run.config.cell;
  return name === 'rnn-run'
    ? `rnn-${cell}-run-${run.labels.length}-steps`
    : `rnn-${cell}-${what}-step-${step + 1}`;
}

/** What a figure says about itself on a slide: its title (with the selected step) and its legend. */
export function figureOptions(name: FigureName, run: Run, step: number, visibleOnly: boolean): FigureOptions {
  const cell = run.config.cell;
  const T = run.labels.length;
  const at = `step ${step + 1} of ${T} (“${shorten(run.labels[step], 16)}”)`;
  if (name === 'rnn-memory-chart') {
    return {
      title: `Memory of the first ${run.swap.noun} (“${shorten(run.swap.from, 12)}” swapped for “${shorten(run.swap.to, 12)}”), log scale — ${at} marked`,
      legend: {
        kind: 'lines',
        items: CELL_FAMILIES.map((f) => ({ label: CELL_LABELS[f], ...familyStroke(f, cell) })),
      },
    };
  }
  const extent = maxAbs(run.trace.streams.l0.h, 1);
  const scroller = visibleOnly ? findFigure<HTMLElement>('timeline-scroller') : null;
  return {
    title: `${CELL_LABELS[cell]} reading “${shorten(run.labels.join(' '), 48)}” — ${at} selected`,
    legend: {
      kind: 'scale',
      // The same scale and wording as the timeline's own legend (Legend.tsx, barScale.ts).
      label: `hidden-state value hᵢ (bar colour and height${extent > SYMLOG_FROM ? ', on a symmetric log scale so small values stay visible' : ''})`,
      min: `−${legendTick(extent)}`,
      max: `+${legendTick(extent)}`,
      color: stateColor,
    },
    window: scroller ? { x: scroller.scrollLeft, width: scroller.clientWidth } : undefined,
  };
}
