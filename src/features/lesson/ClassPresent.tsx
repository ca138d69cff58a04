/**
 * The class's answers on the projector, one question at a time: the question and its choices
 * first, the class's counts and the right answer only when the teacher reveals them (R or the
 * button) — so the room can discuss before it sees the split. ← → move between questions; Esc
 * leaves. Students who predict before seeing peers' answers, then compare, recall more (Kim,
 * Reinecke & Hullman, CHI 2017).
 */
import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/t';
import type { ClassTally } from '../../compute/classTally';
import type { ClassQuestion } from './classQuestions';
import { QuestionResult } from './QuestionResult';

export function ClassPresent({
  questions,
  tally,
  onClose,
}: {
  questions: ClassQuestion[];
  tally: ClassTally;
  onClose: () => void;
}) {
  const [i, setI] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const go = (to: number) => {
    setI(Math.max(0, Math.min(questions.length - 1, to)));
    setRevealed(false);
  };
  useEffect(() => box.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') onClose();
      else if (e.key === 'r' || e.key === 'R') setRevealed(true);
      else if (e.key === 'ArrowRight' || e.key === 'PageDown') go(i + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(i - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const q = questions[i];
  return (
    <div
      className="class-present"
      role="dialog"
      aria-modal="true"
      aria-label={t('class.present')}
      ref={box}
      tabIndex={-1}
    >
      <p className="class-present-count">{t('class.presentCount', { n: i + 1, total: questions.length })}</p>
      <QuestionResult q={q} tally={tally} revealed={revealed} as="section" />
      <p className="class-present-nav">
        <button type="button" onClick={() => go(i - 1)} disabled={i === 0}>
          {t('tour.back')}
        </button>{' '}
        <button type="button" onClick={() => setRevealed(true)} disabled={revealed}>
          {t('class.reveal')}
        </button>{' '}
        <button type="button" onClick={() => go(i + 1)} disabled={i === questions.length - 1}>
          {t('tour.next')}
        </button>{' '}
        <button type="button" onClick={onClose}>
          {t('class.presentClose')}
        </button>
      </p>
      <p className="note">{t('class.presentKeys')}</p>
    </div>
  );
}
