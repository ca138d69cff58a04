/** One tour question in the class view: how many students chose each answer, and the right one. */
import { t } from '../../i18n/t';
import { formatNumber, percentOf } from '../../i18n/numbers';
import { withSubscripts } from '../../ui/shared/Subscripts';
import type { ClassTally } from '../../compute/classTally';
import type { ClassQuestion } from './classQuestions';

export function QuestionResult({
  q,
  tally,
  revealed = true,
  as: Item = 'li',
}: {
  q: ClassQuestion;
  tally: ClassTally;
  /** false: the choices without the counts or the right answer (projected before the reveal). */
  revealed?: boolean;
  as?: 'li' | 'section';
}) {
  const counted = tally.questions.find((c) => c.id === q.id)!;
  const students = (id: string) => counted.counts.find((c) => c.option === id)?.students ?? 0;
  const share = (n: number) => (tally.students > 0 ? n / tally.students : 0);
  const commonWrong = q.right !== null && q.options.some((o) => o.id !== q.right && students(o.id) > 0);
  return (
    <Item className="class-question">
      <h2>{t('class.question', { stop: q.stop, title: q.title })}</h2>
      <p className="guide-q">{withSubscripts(q.question)}</p>
      <table className="class-bars">
        <caption className="visually-hidden">{t('class.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('class.choice')}</th>
            <th scope="col">{t('class.studentsHead')}</th>
          </tr>
        </thead>
        <tbody>
          {q.options.map((o) => {
            const n = students(o.id);
            const right = revealed && o.id === q.right;
            return (
              <tr key={o.id} className={right ? 'class-right' : undefined}>
                <th scope="row">
                  {withSubscripts(o.label)}
                  {right && <span className="class-right-mark"> ✓ {t('class.right')}</span>}
                </th>
                <td>
                  {revealed && (
                    // A flex box inside the cell: a flex cell would leave the table's row lines.
                    <div className="class-cell">
                      <span
                        className="class-bar"
                        aria-hidden="true"
                        style={{ width: `${share(n) * 100}%` }}
                      />
                      <span className="class-n">
                        {formatNumber(n)} ({percentOf(share(n) * 100, { maximumFractionDigits: 0 })})
                      </span>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {revealed && (
        <p className="note">
          {t('class.notAnswered', { n: tally.students - counted.answered })}
          {q.right === null && ` ${t('class.rightOnPage')}`}
        </p>
      )}
      {revealed && commonWrong && q.why && (
        <details>
          <summary>{t('class.why')}</summary>
          <p>{withSubscripts(q.why)}</p>
        </details>
      )}
    </Item>
  );
}
