/**
 * The class's tally as CSV for a spreadsheet (LibreOffice, Excel, Google Sheets): one row per
 * question and choice, with the count, the share of the class and whether it is the right answer
 * (computed from the run; empty where the page must say). RFC 4180: fields with a comma, a quote or
 * a line break are quoted; a byte-order mark so Excel reads UTF-8.
 */
import type { ClassTally } from '../../compute/classTally';
import type { ClassQuestion } from './classQuestions';

const field = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function classCsv(tally: ClassTally, questions: readonly ClassQuestion[]): string {
  const rows: (string | number)[][] = [['stop', 'question', 'choice', 'students', 'share', 'right']];
  for (const q of questions) {
    const counted = tally.questions.find((c) => c.id === q.id);
    if (!counted) continue;
    for (const o of q.options) {
      const n = counted.counts.find((c) => c.option === o.id)?.students ?? 0;
      rows.push([
        q.stop,
        q.question,
        o.label,
        n,
        tally.students > 0 ? (n / tally.students).toFixed(3) : '0',
        q.right === null ? '' : o.id === q.right ? 'yes' : 'no',
      ]);
    }
  }
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
