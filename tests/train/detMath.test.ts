// @vitest-environment node
/** The engine-independent exp, log, tanh, sigmoid and integer power the training core uses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, log, powInt, sigmoid, tanh } from '../../src/train/detMath';

const relErr = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE));

describe('deterministic math', () => {
  it('exp, log and tanh agree with the platform within 2 ulp over their whole range', () => {
    fc.assert(
      fc.property(fc.double({ min: -745, max: 709.7, noNaN: true }), (x) => {
        expect(relErr(exp(x), Math.exp(x))).toBeLessThanOrEqual(4.5e-16);
        expect(relErr(tanh(x / 30), Math.tanh(x / 30))).toBeLessThanOrEqual(4.5e-16 * 2);
      }),
      { numRuns: 20_000, seed: 7 },
    );
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), (x) => {
        expect(Math.abs(log(x) - Math.log(x))).toBeLessThanOrEqual(4.5e-16 * Math.max(1, Math.abs(Math.log(x))));
      }),
      { numRuns: 20_000, seed: 8 },
    );
  });

  it('special values', () => {
    expect(exp(0)).toBe(1);
    expect(relErr(exp(1), Math.E)).toBeLessThanOrEqual(2.3e-16); // fdlibm: within 1 ulp, not always correctly rounded
    expect(exp(-746)).toBe(0);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-745)).toBe(5e-324);
    expect(Number.isNaN(exp(NaN))).toBe(true);
    expect(log(1)).toBe(0);
    expect(log(Math.E)).toBe(1);
    expect(log(0)).toBe(-Infinity);
    expect(Number.isNaN(log(-1))).toBe(true);
    expect(log(5e-324)).toBeCloseTo(-744.44007192138, 10);
    expect(tanh(0)).toBe(0);
    expect(tanh(-30)).toBe(-1);
    expect(tanh(1e-12)).toBe(1e-12);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(powInt(0.999, 1000)).toBeCloseTo(0.999 ** 1000, 14);
    expect(powInt(0.9, 0)).toBe(1);
  });
});
