/** Shared D3 colour scales: PuOr is diverging and colour-blind safe; sign is also shown by bar direction. */
import { scaleDiverging, scaleSequential } from 'd3-scale';
import { interpolatePuOr, interpolatePurples } from './schemes';
import type { CellFamily } from '../../state/config';

/** -1 (orange) .. 0 (white) .. +1 (purple). */
export const stateColor = scaleDiverging<string>([-1, 0, 1], (t) => interpolatePuOr(1 - t)).clamp(true);

/** Gate openness 0 .. 1. */
export const gateColor = scaleSequential<string>([0, 1], (t) => interpolatePurples(0.15 + 0.85 * t)).clamp(
  true,
);

/**
 * One colour per cell wherever cells are compared, from Okabe & Ito's colour-blind-safe set. The
 * vanilla cell is a neutral grey, not orange: orange already means "negative" in the state bars,
 * and a colour should mean one thing on the page.
 */
export const FAMILY_COLORS = {
  vanilla: '#767676',
  lstm: '#0072b2',
  gru: '#009e73',
  mingru: '#cc79a7',
} as const;

/** Each cell's line dash, so the cells differ by more than colour (solid vanilla, dashed LSTM, dotted GRU, dash-dot minGRU). */
export const FAMILY_DASH: Record<CellFamily, string | undefined> = {
  vanilla: undefined,
  lstm: '7 3',
  gru: '2 3',
  mingru: '9 3 2 3',
};

/**
 * How a cell's line is drawn wherever the cells are compared: its colour, a dash pattern
 * (so the lines differ without colour too), and a heavier stroke for the selected cell.
 */
export function familyStroke(
  family: CellFamily,
  current: CellFamily,
): { color: string; width: number; dash?: string } {
  return {
    color: FAMILY_COLORS[family],
    width: family === current ? 3.5 : 2,
    dash: FAMILY_DASH[family],
  };
}

export { fmt } from '../../compute/format';
