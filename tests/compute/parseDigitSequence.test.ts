// @vitest-environment node
/** Reading digits the reader typed: any text gives a usable sequence, and every change to it is said. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDigitSequence } from '../../src/compute/seq2seqModels';

const LIM = { min: 2, max: 16, fallback: '4 2 7', longNote: 'cut to 16' };

describe('parseDigitSequence', () => {
  it('any text gives between min and max digits 0–9, and a note whenever the text was not exactly such digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const { symbols, note } = parseDigitSequence(text, LIM);
        expect(symbols.length).toBeGreaterThanOrEqual(LIM.min);
        expect(symbols.length).toBeLessThanOrEqual(LIM.max);
        for (const s of symbols) expect(Number.isInteger(s) && s >= 0 && s <= 9).toBe(true);
        const clean =
          /^[\d\s,]*$/.test(text) &&
          (text.match(/\d/g) ?? []).length >= LIM.min &&
          (text.match(/\d/g) ?? []).length <= LIM.max;
        expect(note === null).toBe(clean);
      }),
    );
  });

  it('says what it left out, what it fell back to and where it cut', () => {
    expect(parseDigitSequence('3 x 4', LIM)).toEqual({
      symbols: [3, 4],
      note: 'Only the digits 0–9 are symbols of this task, so one other character was left out.',
    });
    expect(parseDigitSequence('7', LIM)).toEqual({
      symbols: [4, 2, 7],
      note: 'With fewer than 2 digits to read, the view shows 4 2 7.',
    });
    expect(parseDigitSequence('1'.repeat(20), LIM)).toEqual({
      symbols: Array(16).fill(1),
      note: 'cut to 16',
    });
  });
});
