// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { line } from 'd3-shape';
import { polyline } from '../../../src/ui/charts/LogLineChart';

/** A path's runs of points: one array per "M". */
function runs(d: string): number[][][] {
  return d
    .replace(/Z/g, '') // d3 closes a lone point ("M x,yZ"); either way it draws nothing
    .split('M')
    .filter(Boolean)
    .map((run) => run.split('L').map((p) => p.split(',').map(Number)));
}

describe('polyline (the memory chart’s line)', () => {
  it('draws what d3-shape’s line().defined(positive and finite) draws, gaps included', () => {
    const value = fc.oneof(fc.double({ min: 1e-12, max: 1e6, noNaN: true }), fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        const px = (i: number) => 40 + i * 7.3;
        const py = (v: number) => 200 - 10 * Math.log10(v);
        const d3 = line<number>()
          .defined((v) => v > 0 && Number.isFinite(v))
          .x((_, i) => px(i))
          .y((v) => py(v))(values) ?? '';
        const ours = runs(polyline(values, px, py));
        const theirs = runs(d3);
        // Same runs, same number of points in each, the same points to within our 0.01 px rounding.
        expect(ours.map((r) => r.length)).toEqual(theirs.map((r) => r.length));
        ours.forEach((r, i) => r.forEach((p, j) => p.forEach((v, k) => expect(Math.abs(v - theirs[i][j][k])).toBeLessThanOrEqual(0.005 + 1e-9))));
      }),
      { numRuns: 300 },
    );
  });
});
