// @vitest-environment node
/** The engine-independent exp, log, tanh, sigmoid and integer power the training core uses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, expFast, log, powInt, sigmoid, sigmoidFast, tanh, tanhFast } from '../../src/train/detMath';

const relErr = (a: number, b: number) =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);

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
        expect(Math.abs(log(x) - Math.log(x))).toBeLessThanOrEqual(
          4.5e-16 * Math.max(1, Math.abs(Math.log(x))),
        );
      }),
      { numRuns: 20_000, seed: 8 },
    );
  });

  it("the fast mode's exp, sigmoid and tanh are within 2e-8 relative of the platform's: under a float32's rounding, at every size", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -30, max: 30, noNaN: true }),
          fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
        ),
        (x) => {
          expect(relErr(tanhFast(x), Math.tanh(x))).toBeLessThanOrEqual(2e-8);
          expect(relErr(sigmoidFast(x), 1 / (1 + Math.exp(-x)))).toBeLessThanOrEqual(2e-8);
        },
      ),
      { numRuns: 20_000, seed: 9 },
    );
    fc.assert(
      fc.property(fc.double({ min: -103, max: 88.7, noNaN: true }), (x) => {
        expect(relErr(expFast(x), Math.exp(x))).toBeLessThanOrEqual(1e-8);
      }),
      { numRuns: 20_000, seed: 10 },
    );
    expect([expFast(0), expFast(90), expFast(-105), expFast(-Infinity)]).toEqual([1, Infinity, 0, 0]);
    expect([sigmoidFast(0), sigmoidFast(-200), sigmoidFast(200)]).toEqual([0.5, 0, 1]);
    expect([tanhFast(0), tanhFast(-0), tanhFast(Infinity), tanhFast(-Infinity)]).toEqual([0, -0, 1, -1]);
    expect(tanhFast(NaN)).toBeNaN();
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
