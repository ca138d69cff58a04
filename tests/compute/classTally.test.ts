import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDICTION_KEYS } from '../../src/content/predictionKeys';
import { encodeAnswers } from '../../src/state/answerCode';
import type { AnswerSheet } from '../../src/state/answerCode';
import { tallyClass } from '../../src/compute/classTally';

describe('a class’s answers, tallied', () => {
  it('counts a class of 30 exactly: each student once, each question’s choices as chosen', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 30 - 1 }), { minLength: 30, maxLength: 30 }),
        fc.array(
          fc.array(fc.nat(3), { minLength: PREDICTION_KEYS.length, maxLength: PREDICTION_KEYS.length }),
          {
            minLength: 30,
            maxLength: 30,
          },
        ),
        (ids, picks) => {
          const sheets: AnswerSheet[] = ids.map((id, s) => ({
            id,
            choices: Object.fromEntries(
              PREDICTION_KEYS.flatMap((k, q) => {
                const i = picks[s][q] % (k.options.length + 1);
                return i === 0 ? [] : [[k.id, k.options[i - 1]]];
              }),
            ),
          }));
          const codes = sheets.map((s) => encodeAnswers(s));
          // Pasted twice over, in another order: still 30 students.
          const tally = tallyClass([...codes, ...[...codes].reverse()]);
          expect(tally.students).toBe(30);
          expect(tally.refused).toEqual([]);
          for (const [q, key] of PREDICTION_KEYS.entries()) {
            const counted = tally.questions[q];
            for (const c of counted.counts)
              expect(c.students).toBe(sheets.filter((s) => s.choices[key.id] === c.option).length);
            expect(counted.answered).toBe(sheets.filter((s) => s.choices[key.id] !== undefined).length);
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('keeps a student’s last code when they share again, and lists unreadable codes with the reason', () => {
    const first = encodeAnswers({ id: 7, choices: { exploding: 'shrink' } });
    const again = encodeAnswers({ id: 7, choices: { exploding: 'grow' } });
    const tally = tallyClass([first, 'RNN-HELLO', again]);
    expect(tally.students).toBe(1);
    expect(tally.questions.find((q) => q.id === 'exploding')!.counts).toEqual([
      { option: 'shrink', students: 0 },
      { option: 'grow', students: 1 },
    ]);
    expect(tally.refused).toEqual([{ code: 'RNN-HELLO', reason: 'format' }]);
  });
});
