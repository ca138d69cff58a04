/**
 * The class view (`?view=class`): what a class predicted at the tour's questions, from the codes the
 * students shared (state/answerCode.ts). A teacher pastes codes or links, or opens a student's link
 * (its code rides in the address's #fragment, which is never sent to a server); the codes stay on
 * this device (classStore.ts). Per question: how many chose each option, the right one computed
 * from the run, and the reveal's words on what the wrong choices missed.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { codesIn } from '../../state/answerCode';
import { tallyClass } from '../../compute/classTally';
import { t } from '../../i18n/t';
import { addToClass, clearClass, loadClass } from './classStore';
import { classQuestions } from './classQuestions';
import type { ClassQuestion } from './classQuestions';
import { computedOnce } from './guideAnswers';
import type { ComputeRun } from './guideAnswers';

import { classCsv } from './classCsv';
import { QrScan } from './QrScan';
import { QuestionResult } from './QuestionResult';
import { ClassPresent } from './ClassPresent';

interface Props {
  compute: ComputeRun;
  /** The view's tools beside the heading (the language menu). */
  tools?: ReactNode;
}

/** A student's link carries their code after "#": take it into the class, then clear it from the address. */
function codeFromAddress(): string[] {
  const found = codesIn(decodeURIComponent(window.location.hash));
  if (found.length > 0)
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return found;
}

export function ClassResults({ compute: computeRun, tools }: Props) {
  const compute = useMemo(() => computedOnce(computeRun), [computeRun]);
  const [codes, setCodes] = useState<string[]>(() => {
    const fromLink = codeFromAddress();
    return fromLink.length > 0 ? addToClass(fromLink) : loadClass();
  });
  const [questions, setQuestions] = useState<ClassQuestion[] | null>(null);
  const [pasted, setPasted] = useState('');
  const [said, setSaid] = useState<string[]>([]);
  const [presenting, setPresenting] = useState(false);
  const tally = useMemo(() => tallyClass(codes), [codes]);

  useEffect(() => {
    let live = true;
    void classQuestions(compute).then((q) => live && setQuestions(q));
    return () => {
      live = false;
    };
  }, [compute]);
  // A link opened while the view is open (a student's link in the same tab) adds its code too.
  useEffect(() => {
    const onHash = () => {
      const found = codeFromAddress();
      if (found.length > 0) setCodes(addToClass(found));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  function add() {
    const found = codesIn(pasted);
    if (found.length === 0) {
      setSaid([t('class.none')]);
      return;
    }
    addCodes(found);
    setPasted('');
  }

  function addCodes(found: string[]) {
    if (found.length === 0) return;
    const before = tally;
    const next = addToClass(found);
    const after = tallyClass(next);
    const refused = after.refused.slice(before.refused.length);
    setCodes(next);
    setSaid([
      t('class.added', { students: after.students - before.students, codes: found.length - refused.length }),
      ...refused.map((r) => t(`class.refused.${r.reason}`, { code: r.code })),
    ]);
  }

  return (
    <main className="guide class-view" aria-busy={questions === null}>
      <header className="guide-head">
        {tools && <div className="guide-language">{tools}</div>}
        <h1>{t('class.title')}</h1>
        <p>{t('class.intro')}</p>
      </header>
      <form
        className="class-paste"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label htmlFor="class-codes">{t('class.pasteLabel')}</label>
        <textarea
          id="class-codes"
          rows={4}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          spellCheck={false}
        />
        <button type="submit">{t('class.add')}</button>
      </form>
      <QrScan onRead={(texts) => addCodes(codesIn(texts.join('\n')))} />
      <div role="status" className="note">
        {said.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <p className="class-count">
        <strong>{t('class.students', { n: tally.students })}</strong>{' '}
        <button
          type="button"
          disabled={tally.students === 0 || questions === null}
          onClick={() => questions && downloadCsv(classCsv(tally, questions))}
        >
          {t('class.csv')}
        </button>{' '}
        <button type="button" disabled={questions === null} onClick={() => setPresenting(true)}>
          {t('class.presentOpen')}
        </button>{' '}
        <button
          type="button"
          disabled={codes.length === 0}
          onClick={() => {
            if (window.confirm(t('class.clearConfirm', { n: tally.students }))) {
              setCodes(clearClass());
              setSaid([]);
            }
          }}
        >
          {t('class.clear')}
        </button>
      </p>
      {questions === null ? (
        <p className="note">{t('class.loading')}</p>
      ) : (
        <ol className="class-questions">
          {questions.map((q) => (
            <QuestionResult key={q.id} q={q} tally={tally} />
          ))}
        </ol>
      )}
      {presenting && questions && (
        <ClassPresent questions={questions} tally={tally} onClose={() => setPresenting(false)} />
      )}
    </main>
  );
}

function downloadCsv(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'rnn-class-predictions.csv';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
