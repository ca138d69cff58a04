/**
 * "Share your predictions with your teacher": the student's choices as a short code, a link that
 * opens the teacher's class view with it, and a QR code of that link. Nothing leaves the device
 * unless the student shares it; the code holds their choices and a random number, no name. The
 * link carries the code after "#", which a browser never sends to a server.
 */
import { useMemo } from 'react';
import { encodeAnswers } from '../../state/answerCode';
import type { AnswerSheet } from '../../state/answerCode';
import { PREDICTION_KEYS } from '../../content/predictionKeys';
import { t } from '../../i18n/t';
import { CopyButton } from '../../ui/shared/CopyButton';
import { QrCode } from '../../ui/shared/QrCode';
import { studentId } from './classStore';
import type { SavedPrediction } from './predictionStore';

/** The link a teacher opens: this page's class view, with the code in the fragment. */
export const classLink = (code: string): string =>
  `${window.location.origin}${window.location.pathname}?view=class#${code}`;

export function ShareAnswers({ saved }: { saved: Record<string, SavedPrediction> }) {
  const code = useMemo(() => {
    const choices: AnswerSheet['choices'] = {};
    for (const key of PREDICTION_KEYS) {
      const choice = saved[key.id]?.choice;
      if (choice && (key.options as readonly string[]).includes(choice)) choices[key.id] = choice;
    }
    return encodeAnswers({ id: studentId(), choices });
  }, [saved]);
  const answered = PREDICTION_KEYS.filter((k) => saved[k.id]).length;
  if (answered === 0) return null;
  const link = classLink(code);
  return (
    <section className="share-answers" aria-labelledby="share-answers-title">
      <h3 id="share-answers-title">{t('shareAnswers.title')}</h3>
      <p className="note">{t('shareAnswers.note', { n: answered, total: PREDICTION_KEYS.length })}</p>
      <p className="share-answers-code">
        <code dir="ltr" translate="no">
          {code}
        </code>{' '}
        <CopyButton text={code} label={t('shareAnswers.copyCode')} />
      </p>
      <p>
        <a href={link} dir="ltr">
          {t('shareAnswers.link')}
        </a>{' '}
        <CopyButton text={link} label={t('shareAnswers.copyLink')} />
      </p>
      <QrCode text={link} label={t('shareAnswers.qr')} />
    </section>
  );
}
