// @vitest-environment node
/** The timeline's bar scale: linear within tanh's range, d3's symmetric log beyond it (the Exploding preset). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear, scaleSymlog } from 'd3-scale';
import { SYMLOG_CONSTANT, SYMLOG_FROM, barScale } from '../../../src/ui/charts/barScale';
import { computeRun } from '../../../src/compute/run';
import { presetById } from '../../../src/state/presets';
import { maxAbs } from '../../../src/engine/linalg';

describe('bar scale', () => {
  it('equals d3’s scaleLinear up to the threshold and scaleSymlog above it, clamped, odd in v', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        fc.double({ min: -2e4, max: 2e4, noNaN: true }),
        (extent, v) => {
          const s = barScale(extent, 50);
          const d3 = (extent > SYMLOG_FROM ? scaleSymlog().constant(SYMLOG_CONSTANT) : scaleLinear())
            .domain([0, extent])
            .range([0, 50])
            .clamp(true);
          expect(Math.abs(s.len(Math.abs(v)) - d3(Math.abs(v)))).toBeLessThan(1e-9);
          expect(s.norm(-v)).toBeCloseTo(-s.norm(v), 12);
          expect(Math.abs(s.norm(v))).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('on Exploding (state up to ±232) the first step’s bars are visible: its largest bar is over a quarter of the full length', () => {
    const run = computeRun(presetById('exploding')!.config);
    const h = run.trace.streams.l0.h;
    const H = run.trace.streams.l0.H;
    const extent = maxAbs(h, 1);
    expect(extent).toBeGreaterThan(SYMLOG_FROM);
    const s = barScale(extent, 1);
    expect(s.symlog).toBe(true);
    expect(s.len(maxAbs(h.subarray(0, H)))).toBeGreaterThan(0.25);
    // A linear scale would have drawn it at under 1% of the length.
    expect(maxAbs(h.subarray(0, H)) / extent).toBeLessThan(0.01);
  });
});
