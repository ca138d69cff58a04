// @vitest-environment node
import { wordsOf } from '../../src/i18n/t';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeep, computeRun } from '../../src/compute/run';
import { parseSequence } from '../../src/state/sequence';
import { presetById } from '../../src/state/presets';

describe('custom sequences', () => {
  it('empty or punctuation-only text falls back to an example with a message', () => {
    const s = parseSequence('words', '  ?! ', 1);
    expect(s.labels.length).toBeGreaterThan(0);
    expect(wordsOf(s.messages[0])).toMatch(/No words found/);
  });

  it('more than 200 tokens are cut to 200 with a message', () => {
    const s = parseSequence('words', Array.from({ length: 260 }, (_, i) => `w${i}`).join(' '), 1);
    expect(s.labels).toHaveLength(200);
    expect(wordsOf(s.messages[0])).toMatch(/260 words; only the first 200/);
  });

  it('numbers: junk entries are ignored and named, huge values clamped, nothing left falls back', () => {
    const s = parseSequence('numbers', '1, two, 3, 1e999, 5e9', 1);
    expect(Array.from(s.x)).toEqual([1, 3, 1e6]);
    expect(s.messages.map(wordsOf).join(' ')).toMatch(/Ignored 2 entries .*"two", "1e999"/);
    expect(s.messages.map(wordsOf).join(' ')).toMatch(/clamped/);
    expect(parseSequence('numbers', 'a, b', 1).messages.map(wordsOf).join(' ')).toMatch(/No numbers found/);
  });

  it('any text at all yields a finite run (fuzz, including emoji, RTL and combining marks)', () => {
    const base = presetById('vanilla')!.config;
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.constantFrom<'words' | 'numbers'>('words', 'numbers'),
        (text, mode) => {
          const run = computeRun({ ...base, input: { mode, text } });
          expect(run.labels.length).toBeGreaterThan(0);
          expect(run.labels.length).toBeLessThanOrEqual(200);
          expect(run.trace.streams.l0.h.every(Number.isFinite)).toBe(true);
          const deep = computeDeep(run);
          for (const f of ['vanilla', 'lstm', 'gru'] as const) {
            expect(run.memory[f].values.every(Number.isFinite)).toBe(true);
            expect(deep.gradient![f].values.every(Number.isFinite)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('numbers are decimal only', () => {
  it('reads decimals with exponents, and names hex, binary and octal literals instead of reading them as 16, 5, 15', () => {
    const seq = parseSequence('numbers', '1.5, -2, .5, 3e2, 0x10, 0b101, 0o17, 7', 1);
    expect(Array.from(seq.x)).toEqual([1.5, -2, 0.5, 300, 7]);
    expect(seq.messages.map(wordsOf).join(' ')).toBe(
      'Ignored 3 entries that are not a decimal number: "0x10", "0b101", "0o17".',
    );
  });
});
