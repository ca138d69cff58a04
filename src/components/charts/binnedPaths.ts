/**
 * Many small coloured rectangles as a few SVG paths: one path per colour step. At 200 steps × 64
 * units the timeline would otherwise hold 12,800 rects (and the bidirectional heatmap 25,600), and
 * every configuration change would set attributes on each of them and lay them all out again.
 * Geometry stays exact; only the fill is stepped, to 1/BINS of the diverging scale per sign —
 * finer than the eye separates at bar size.
 */
import { stateColor } from './scales';

export const BINS = 12;

export interface ColouredRect {
  /** Value on the diverging scale, -1..1 (clamped). */
  v: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

const r2 = (v: number): number => Math.round(v * 100) / 100;

export function binnedPaths(rects: Iterable<ColouredRect>): { bin: number; d: string; fill: string }[] {
  const parts = new Map<number, string[]>();
  for (const { v, x, y, w, h } of rects) {
    const bin = Number.isFinite(v) ? Math.round(Math.max(-1, Math.min(1, v)) * BINS) : 0;
    const seg = `M${r2(x)} ${r2(y)}h${r2(w)}v${r2(h)}h${r2(-w)}z`;
    const list = parts.get(bin);
    if (list) list.push(seg);
    else parts.set(bin, [seg]);
  }
  return [...parts].sort((a, b) => a[0] - b[0]).map(([bin, segs]) => ({ bin, d: segs.join(''), fill: stateColor(bin / BINS) }));
}
