/**
 * Lines that end together (the trained cells on Long all end near 6–7 on an axis of 18 decades)
 * keep readable names: each name is joined to its own line's last point, no two overlap, and none
 * leaves the plot; a name with a newline takes two rows.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LogLineChart } from '../../../src/ui/charts/LogLineChart';

const ramp = (end: number, n = 20) => Float64Array.from({ length: n }, (_, i) => end * (i + 1) ** 0.01);

function draw() {
  const { container } = render(
    <LogLineChart
      series={[
        { key: 'a', color: '#000', values: ramp(7.0), label: 'vanilla' },
        { key: 'b', color: '#111', values: ramp(5.7), label: 'LSTM' },
        { key: 'c', color: '#222', values: ramp(7.3), label: 'GRU' },
        { key: 'd', color: '#333', values: ramp(1e-17), label: 'minGRU\nrandom' },
        { key: 'e', color: '#444', values: ramp(3) },
      ]}
      marker={0}
      width={400}
      height={220}
      yTitle="y"
      labelledBy="x"
      className="t"
    />,
  );
  return container.querySelector('svg')!;
}

/** Where a leader starts (the line's end) and where its name sits. */
function names(svg: SVGSVGElement) {
  return [...svg.querySelectorAll('.end-names g[data-series]')].map((g) => {
    const [x0, y0, , y1] = g
      .querySelector('path')!
      .getAttribute('d')!
      .match(/-?[\d.]+/g)!
      .map(Number);
    return {
      key: g.getAttribute('data-series')!,
      x0,
      y0,
      y1,
      rows: [...g.querySelectorAll('tspan')].map((t) => t.textContent),
      at: Number(g.querySelector('text')!.getAttribute('y')),
    };
  });
}

describe('names at the ends of a log chart’s lines', () => {
  it('names only the labelled lines, each joined to its own last point, in the same order as the lines end', () => {
    const svg = draw();
    const n = names(svg);
    expect(n.map((e) => e.key).sort()).toEqual(['a', 'b', 'c', 'd']);
    for (const e of n) {
      const d = svg.querySelector(`path.curve[data-series="${e.key}"]`)!.getAttribute('d')!;
      const last = d.match(/(-?[\d.]+),(-?[\d.]+)$/)!.map(Number);
      expect(e.x0).toBeCloseTo(last[1] + 2, 1);
      expect(e.y0).toBeCloseTo(last[2], 1);
      expect(e.y1).toBe(e.at);
    }
    // Highest line first: GRU (7.3), vanilla (7.0), LSTM (5.7), then the minGRU far below.
    expect([...n].sort((p, q) => p.at - q.at).map((e) => e.key)).toEqual(['c', 'a', 'b', 'd']);
    expect(n.find((e) => e.key === 'd')!.rows).toEqual(['minGRU', 'random']);
  });

  it('spreads names that would overlap at least a row apart, inside the plot', () => {
    const svg = draw();
    const n = names(svg).sort((p, q) => p.at - q.at);
    for (let k = 1; k < n.length; k++)
      expect(n[k].at - n[k - 1].at).toBeGreaterThanOrEqual(13 * n[k - 1].rows.length);
    // The three top lines end within a few pixels of each other; their names do not.
    const tops = n.slice(0, 3).map((e) => e.y0);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(13);
    const bottomTick = Math.max(
      ...[...svg.querySelectorAll('.axis g')].map((g) =>
        Number(g.getAttribute('transform')!.match(/,([\d.]+)/)![1]),
      ),
    );
    for (const e of n) expect(e.at + 13 * (e.rows.length - 1)).toBeLessThanOrEqual(bottomTick + 0.01);
  });
});
