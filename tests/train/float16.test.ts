// @vitest-environment node
/** Half-precision weights: exact on the values binary16 holds, nearest (ties to even) otherwise. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHalf, packHalf, toHalf, unpackHalf } from '../../src/train/float16';

describe('float16', () => {
  it('encodes known values as IEEE 754 binary16 does', () => {
    expect(toHalf(0)).toBe(0x0000);
    expect(toHalf(-0)).toBe(0x8000);
    expect(toHalf(1)).toBe(0x3c00);
    expect(toHalf(-2)).toBe(0xc000);
    expect(toHalf(65504)).toBe(0x7bff);
    expect(toHalf(1e6)).toBe(0x7c00);
    expect(toHalf(2 ** -24)).toBe(0x0001);
    expect(toHalf(1 + 2 ** -11)).toBe(0x3c00); // a tie rounds to even
    expect(toHalf(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(fromHalf(0x3555)).toBeCloseTo(0.333251953125, 15);
  });

  it('round-trips to the nearest half: the error is at most half a unit in the last place', () => {
    fc.assert(
      fc.property(fc.double({ min: -60000, max: 60000, noNaN: true }), (v) => {
        const back = fromHalf(toHalf(v));
        const a = Math.abs(v);
        const ulp = a < 2 ** -14 ? 2 ** -24 : 2 ** (Math.floor(Math.log2(a)) - 10);
        expect(Math.abs(back - v)).toBeLessThanOrEqual(ulp / 2 + 1e-300);
        // Decoding an encoded half gives exactly itself.
        expect(toHalf(back)).toBe(toHalf(v) === 0x8000 && back === 0 ? 0x8000 : toHalf(v));
      }),
    );
  });

  it('packs and unpacks arrays through base64', () => {
    const v = [0, 1, -1.5, 0.1, 1234, -0.0001];
    expect(Array.from(unpackHalf(packHalf(v)))).toEqual(v.map((x) => fromHalf(toHalf(x))));
  });
});
