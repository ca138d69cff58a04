import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDICTION_KEYS } from '../../src/content/predictionKeys';
import { codesIn, decodeAnswers, encodeAnswers, tourFingerprint } from '../../src/state/answerCode';
import type { AnswerSheet } from '../../src/state/answerCode';

const sheets: fc.Arbitrary<AnswerSheet> = fc.record({
  id: fc.integer({ min: 0, max: 2 ** 30 - 1 }),
  choices: fc.record(Object.fromEntries(PREDICTION_KEYS.map((k) => [k.id, fc.constantFrom(...k.options)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<AnswerSheet['choices']>,
});
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('a student’s answer code', () => {
  it('gives back the id and every choice, answered or not', () => {
    fc.assert(
      fc.property(sheets, (sheet) => {
        const code = encodeAnswers(sheet);
        expect(code).toMatch(/^RNN-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
        expect(decodeAnswers(code)).toEqual({ ok: true, sheet });
      }),
    );
  });

  it('is read as a person types it: lower case, spaces, no prefix, I/L for 1 and O for 0', () => {
    const code = encodeAnswers({ id: 123456, choices: { 'same-word': 'different', exploding: 'grow' } });
    const body = code.slice(4);
    const typed = [
      code.toLowerCase(),
      body.replace(/-/g, ' '),
      `  rnn ${body}  `,
      code.replace(/1/g, 'l').replace(/0/g, 'O'),
    ];
    for (const t of typed) expect(decodeAnswers(t)).toEqual(decodeAnswers(code));
    expect(decodeAnswers(code)).toMatchObject({ ok: true, sheet: { id: 123456 } });
  });

  it('refuses every code with one character mistyped', () => {
    const code = encodeAnswers({
      id: 987654321,
      choices: { 'memory-size': 'hidden', 'gru-half-life': 'gru' },
    });
    const body = code.slice(4).replace(/-/g, '');
    let tried = 0;
    for (let i = 0; i < body.length; i++)
      for (const c of ALPHABET) {
        if (c === body[i]) continue;
        const wrong = body.slice(0, i) + c + body.slice(i + 1);
        expect(decodeAnswers(wrong), `${i}: ${c}`).toMatchObject({ ok: false });
        tried++;
      }
    expect(tried).toBe(16 * 31);
  });

  it('refuses a code made for another version of the tour, and says so', () => {
    const other = encodeAnswers({ id: 5, choices: { exploding: 'grow' } }, tourFingerprint() ^ 1);
    expect(decodeAnswers(other)).toEqual({ ok: false, reason: 'other-tour' });
  });

  it('tells two students with the same answers apart, and one student’s code twice as one', () => {
    const choices = { 'vanilla-long': 'none', 'lstm-open': 'most' } as const;
    const a = encodeAnswers({ id: 1, choices });
    const b = encodeAnswers({ id: 2, choices });
    expect(a).not.toBe(b);
    expect(encodeAnswers({ id: 1, choices })).toBe(a);
  });

  it('answers anything pasted with a result, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const r = decodeAnswers(text);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
    expect(decodeAnswers('')).toEqual({ ok: false, reason: 'format' });
    expect(decodeAnswers('RNN-ABCD')).toEqual({ ok: false, reason: 'format' });
    expect(decodeAnswers('RNN-ABCD-EFGH-JKMN-PQR!')).toEqual({ ok: false, reason: 'format' });
  });
});

describe('codes in pasted text', () => {
  it('finds each code in a chat, a list and a link, in order, and nothing in prose', () => {
    const a = encodeAnswers({ id: 11, choices: { exploding: 'grow' } });
    const b = encodeAnswers({ id: 12, choices: { exploding: 'shrink' } });
    const c = encodeAnswers({ id: 13, choices: {} });
    const pasted = `Ana: ${a}\n${b.toLowerCase()}\nhttps://example.org/rnn/?view=class#${c}\nI forgot mine, sorry!`;
    expect(codesIn(pasted)).toEqual([a, b.toLowerCase(), c]);
    expect(codesIn(pasted).map((x) => decodeAnswers(x).ok)).toEqual([true, true, true]);
    expect(codesIn('The RNN remembers. RNN-ish words')).toEqual([]);
  });
});
