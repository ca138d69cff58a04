// @vitest-environment node
/** Features of source text, by hand on small strings, and the unit rankings on planted units. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pearson, textFeatures } from '../../../src/features/observatory/features';
import { choleskySolve, discoverUnits, matchSpan, probeR } from '../../../src/features/observatory/units';
import type { CharRun } from '../../../src/features/observatory/charNet';

const bits = (a: Float64Array) => Array.from(a).join('');

describe('text features', () => {
  it('inside quotes: from the opening quote up to (not including) the closing one, escapes kept, reset at a newline', () => {
    const text = `a = 'it\\'s' + "x";\nb = 'open\nc`;
    const q = textFeatures(text).quote;
    expect(bits(q)).toBe('0000' + '111111' + '0000' + '11' + '0000000' + '11111' + '00');
  });

  it('comments (line and block, "/*/" still open), and bracket depths outside strings and comments', () => {
    const text = 'f(a[1], {b: "(x"}) // (\n/*/ ) */g(';
    const f = textFeatures(text);
    expect(bits(f.comment)).toBe('0'.repeat(19) + '1111' + '0' + '1111111' + '000');
    expect(Array.from(f.paren.subarray(0, 18))).toEqual([
      0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    ]);
    expect(f.paren[text.length - 1]).toBe(1);
    expect(f.bracket[3]).toBe(1);
    expect(f.bracket[5]).toBe(0);
    expect(f.brace[9]).toBe(1);
  });

  it('position in line, indentation and word starts', () => {
    const f = textFeatures('ab\n  cd e');
    expect(Array.from(f.column)).toEqual([1, 2, 0, 1, 2, 3, 4, 5, 6]);
    expect(Array.from(f.indent)).toEqual([0, 0, 0, 1, 2, 2, 2, 2, 2]);
    expect(bits(f.wordStart)).toBe('100001001');
  });

  it('Pearson r: 1 for a linear copy, −1 for a negated one, 0 for a constant; within [−1, 1]', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [3, 2, 1])).toBe(0);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 3, maxLength: 30 }),
        (a) => {
          const r = pearson(
            a,
            a.map((v, i) => v * v - i),
          );
          expect(Math.abs(r)).toBeLessThanOrEqual(1);
        },
      ),
    );
    // Found by CI: deviations near the subnormal range once gave r = 1.000000000001.
    const tiny = [-3.3134931076240206e-162, 0, 0, 0];
    expect(
      Math.abs(
        pearson(
          tiny,
          tiny.map((v, i) => v * v - i),
        ),
      ),
    ).toBeLessThanOrEqual(1);
  });
});

describe('unit discovery', () => {
  /** A fake run whose unit 3 is exactly the quote feature and unit 5 its negative, the rest noise. */
  function planted(text: string): CharRun {
    const H = 8;
    const q = textFeatures(text).quote;
    const h = new Float64Array(text.length * H);
    for (let t = 0; t < text.length; t++) {
      for (let u = 0; u < H; u++) h[t * H + u] = Math.sin(17 * t + 3 * u);
      h[t * H + 3] = q[t];
      h[t * H + 5] = -0.5 * q[t];
    }
    return { text, ids: new Int32Array(text.length), T: text.length, h, c: null, intervention: null };
  }

  it('finds a planted quote unit with r = 1 and counts the interpretable units', () => {
    const text = "x('a', 'bcd') + y(\"ef\") + 'ghij';\n".repeat(4);
    const d = discoverUnits(planted(text), 8, 'h');
    const quote = d.best.find((b) => b.feature === 'quote')!;
    expect([3, 5]).toContain(quote.unit);
    expect(Math.abs(quote.r)).toBeCloseTo(1, 10);
    expect(d.interpretable).toBeGreaterThanOrEqual(2);
  });

  it('select and match: brushing a quoted span finds the quote units first', () => {
    const text = "var s = 'hello world' + x;";
    const run = planted(text);
    const from = text.indexOf("'");
    const top = matchSpan(run, 8, 'h', from, text.indexOf("'", from + 1));
    expect([3, 5]).toContain(top[0].unit);
    expect([3, 5]).toContain(top[1].unit);
    expect(matchSpan(run, 8, 'h', 4, 4)).toEqual([]);
  });
});

describe('linear probe', () => {
  it('Cholesky solves a symmetric positive definite system', () => {
    const A = Float64Array.from([4, 2, 0.6, 2, 5, 1, 0.6, 1, 3]);
    const x = [1, -2, 0.5];
    const b = Float64Array.from(
      [0, 1, 2],
      (i) => A[i * 3] * x[0] + A[i * 3 + 1] * x[1] + A[i * 3 + 2] * x[2],
    );
    choleskySolve(A, b, 3).forEach((v, i) => expect(v).toBeCloseTo(x[i], 12));
  });

  it('reads a feature spread over two units that no single unit carries', () => {
    const T = 400;
    const H = 6;
    const feature = Float64Array.from({ length: T }, (_, t) => Math.sin(t / 7) + Math.cos(t / 3));
    const h = new Float64Array(T * H);
    for (let t = 0; t < T; t++) {
      for (let u = 0; u < H; u++) h[t * H + u] = Math.sin(13 * t + 5 * u);
      h[t * H + 1] = Math.sin(t / 7) + 0.8 * Math.sin(31 * t);
      h[t * H + 4] = Math.cos(t / 3) - 0.8 * Math.sin(31 * t);
    }
    const run: CharRun = { text: 'x'.repeat(T), ids: new Int32Array(T), T, h, c: null, intervention: null };
    const single = Math.max(
      ...Array.from({ length: H }, (_, u) =>
        Math.abs(
          pearson(
            Float64Array.from({ length: T }, (_, t) => h[t * H + u]),
            feature,
          ),
        ),
      ),
    );
    expect(single).toBeLessThan(0.8);
    expect(probeR(run, H, 'h', feature, 1e-6)).toBeGreaterThan(0.99);
  });
});
