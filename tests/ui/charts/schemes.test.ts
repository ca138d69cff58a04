// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as chromatic from 'd3-scale-chromatic';
import { interpolateBlues, interpolatePuOr, interpolatePurples } from '../../../src/ui/charts/schemes';

describe('the bundled colour schemes', () => {
  it('give exactly the colours d3-scale-chromatic gives, across the whole domain', () => {
    for (let i = 0; i <= 1000; i++) {
      const t = i / 1000;
      expect(interpolatePuOr(t)).toBe(chromatic.interpolatePuOr(t));
      expect(interpolatePurples(t)).toBe(chromatic.interpolatePurples(t));
      expect(interpolateBlues(t)).toBe(chromatic.interpolateBlues(t));
    }
  });
});
