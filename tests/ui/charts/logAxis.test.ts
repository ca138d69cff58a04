// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLog } from 'd3-scale';
import { decadeTicks, tickLabel } from '../../../src/ui/charts/logAxis';

describe('decadeTicks (every log axis on the page)', () => {
  it('gives ascending powers of ten inside the nice domain, at most maxTicks, the lowest decade first', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-30, max: 1e10, noNaN: true }),
        fc.double({ min: 1.01, max: 1e25, noNaN: true }),
        fc.integer({ min: 2, max: 9 }),
        (lo, ratio, maxTicks) => {
          const domain = scaleLog()
            .domain([lo, lo * ratio])
            .nice()
            .domain() as [number, number];
          const ticks = decadeTicks(domain, maxTicks);
          expect(ticks.length).toBeGreaterThanOrEqual(1);
          expect(ticks.length).toBeLessThanOrEqual(maxTicks);
          expect(Math.abs(ticks[0] / domain[0] - 1)).toBeLessThan(1e-9);
          for (let i = 0; i < ticks.length; i++) {
            expect(Math.abs(Math.log10(ticks[i]) - Math.round(Math.log10(ticks[i])))).toBeLessThan(1e-9);
            expect(ticks[i]).toBeGreaterThanOrEqual(domain[0] * (1 - 1e-12));
            expect(ticks[i]).toBeLessThanOrEqual(domain[1] * (1 + 1e-12));
            if (i > 0) expect(ticks[i]).toBeGreaterThan(ticks[i - 1]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('labels plain numbers from 0.01 to 100 and powers of ten beyond', () => {
    expect([1e-16, 1e-3, 0.01, 0.1, 1, 10, 100, 1000].map(tickLabel)).toEqual([
      '1e-16',
      '1e-3',
      '0.01',
      '0.1',
      '1',
      '10',
      '100',
      '1e3',
    ]);
  });
});
