// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { line } from 'd3-shape';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LogLineChart, polyline } from '../../../src/ui/charts/LogLineChart';

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
    const value = fc.oneof(
      fc.double({ min: 1e-12, max: 1e6, noNaN: true }),
      fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        const px = (i: number) => 40 + i * 7.3;
        const py = (v: number) => 200 - 10 * Math.log10(v);
        const d3 =
          line<number>()
            .defined((v) => v > 0 && Number.isFinite(v))
            .x((_, i) => px(i))
            .y((v) => py(v))(values) ?? '';
        const ours = runs(polyline(values, px, py));
        const theirs = runs(d3);
        // Same runs, same number of points in each, the same points to within our 0.01 px rounding.
        expect(ours.map((r) => r.length)).toEqual(theirs.map((r) => r.length));
        ours.forEach((r, i) =>
          r.forEach((p, j) =>
            p.forEach((v, k) => expect(Math.abs(v - theirs[i][j][k])).toBeLessThanOrEqual(0.005 + 1e-9)),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('LogLineChart, drawn (golden SVG: a change to the shared chart shows in review)', () => {
  const series = [
    { key: 'vanilla', color: '#767676', values: Float64Array.from({ length: 12 }, (_, t) => 0.9 ** (4 * t)) },
    {
      key: 'lstm',
      color: '#0072B2',
      dash: '7 3',
      values: Float64Array.from({ length: 12 }, (_, t) => 0.8 + 0.01 * t),
    },
    {
      key: 'gru',
      color: '#009E73',
      dash: '2 3',
      values: Float64Array.from({ length: 12 }, (_, t) => (t === 5 ? 0 : 0.5 * 0.7 ** t)),
    },
  ];
  const draw = (compact: boolean) =>
    renderToStaticMarkup(
      createElement(LogLineChart, {
        series,
        marker: 4,
        width: 480,
        height: compact ? 160 : 260,
        compact,
        yTitle: '‖h_t − h′_t‖',
        labelledBy: 'chart-title',
        className: 'memory-chart',
      }),
    );

  it('full size', async () => {
    await expect(draw(false)).toMatchFileSnapshot('__snapshots__/LogLineChart.full.svg');
  });

  it('compact (embeds and slides)', async () => {
    await expect(draw(true)).toMatchFileSnapshot('__snapshots__/LogLineChart.compact.svg');
  });
});
