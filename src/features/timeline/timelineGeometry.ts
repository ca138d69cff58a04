/** The timeline's geometry: sizes in SVG pixels, and which horizontal slice a box shows. */
import { shorten } from '../../ui/shared/graphemes';

export const GAP = 34;
export const MARGIN_L = 70;
export const BOX_H = 104;
/** Cells drawn beyond each edge of the visible part, so a scroll reveals drawn cells. */
export const OVERSCAN = 6;
/** The widest visible width assumed before the box is measured (see firstView). */
export const DEFAULT_VIEW = 1400;

/**
 * The visible width to draw for before the box is measured: the window's (the box is never wider),
 * at most DEFAULT_VIEW (jsdom, which has no layout, reports 1,024 px). Assuming 1,400 px on a
 * phone drew some 120 bar elements that the first measurement then removed, in a task of ~20 ms
 * (Lighthouse's trace of `?preset=long`), 4× that on its simulated phone.
 */
export const firstView = (): number =>
  typeof window !== 'undefined' && window.innerWidth > 0
    ? Math.min(DEFAULT_VIEW, window.innerWidth)
    : DEFAULT_VIEW;
export const LANE_C = 30;

/** The left edge of step t's box. */
export const boxX = (t: number, cellW: number): number => MARGIN_L + t * (cellW + GAP);

export function cellWidth(H: number): number {
  return Math.max(64, Math.min(3 * H + 14, 150));
}

/** A step's label under its cell: at most 10 graphemes. */
export const shortLabel = (s: string): string => shorten(s, 10);

/** Distance of the × and + junctions from the cell's centre line. */
export const JUNCTION = 14;

/** The horizontal slice of the drawing that fits a box at full height, centred on the selection. */
export function fitWindow(
  box: { width: number; height: number },
  width: number,
  height: number,
  selX: number,
  cellW: number,
): { x: number; w: number } {
  if (box.width <= 0 || box.height <= 0) return { x: 0, w: width };
  // Fill the box's height, but never magnify past 1.3x (a full-screen embed would be all cells).
  const scale = Math.min(box.height / height, 1.3);
  const w = Math.min(width, Math.max(cellW * 2, box.width / scale));
  const x = Math.max(0, Math.min(width - w, selX + cellW / 2 - w / 2));
  return { x, w };
}
