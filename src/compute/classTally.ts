/**
 * What a class answered, from the codes a teacher collected (state/answerCode.ts): per question,
 * how many chose each option. A student is their code's random id: the same code pasted twice counts
 * once, and a student who shared again after changing an answer counts once, with the code pasted
 * last. A code that cannot be read is listed with the reason, for the teacher to see.
 */
import { PREDICTION_KEYS } from '../content/predictionKeys';
import type { PredictionId } from '../content/predictionKeys';
import { decodeAnswers } from '../state/answerCode';
import type { AnswerSheet, DecodeResult } from '../state/answerCode';

export interface QuestionTally {
  id: PredictionId;
  /** Students per option, in the question's order of options. */
  counts: { option: string; students: number }[];
  /** Students who answered it. */
  answered: number;
}

export interface ClassTally {
  students: number;
  questions: QuestionTally[];
  refused: { code: string; reason: Extract<DecodeResult, { ok: false }>['reason'] }[];
}

export function tallyClass(codes: readonly string[]): ClassTally {
  const byStudent = new Map<number, AnswerSheet>();
  const refused: ClassTally['refused'] = [];
  for (const code of codes) {
    const r = decodeAnswers(code);
    if (r.ok) {
      // Re-inserted, so a student's latest code is the one kept.
      byStudent.delete(r.sheet.id);
      byStudent.set(r.sheet.id, r.sheet);
    } else refused.push({ code, reason: r.reason });
  }
  const sheets = [...byStudent.values()];
  return {
    students: sheets.length,
    questions: PREDICTION_KEYS.map((key) => {
      const counts = key.options.map((option) => ({
        option,
        students: sheets.filter((s) => s.choices[key.id] === option).length,
      }));
      return { id: key.id, counts, answered: counts.reduce((n, c) => n + c.students, 0) };
    }),
    refused,
  };
}
