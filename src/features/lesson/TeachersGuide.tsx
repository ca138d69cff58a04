/**
 * The teacher's guide (`?view=guide`): a 50-minute lesson keyed to the guided tour's stops and the
 * presets, discussion questions whose answers are computed from the runs, and a one-page student
 * worksheet — one printable page (print stylesheet: A4, the worksheet on its own page, every link's
 * address printed beside it, since paper cannot be clicked).
 */
import { Fragment, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Run } from '../../compute/run';
import type { AppConfig } from '../../state/config';
import { PRESETS } from '../../state/presets';
import { halfLifeDefinition } from '../../ui/charts/curveText';
import { withSubscripts } from '../../ui/shared/Subscripts';
import { LESSON_MINUTES, PLAN } from './guidePlan';
import { urlBreaks } from './urlBreaks';
import { computedOnce, exitTicketAnswer, guideQuestions, halfLifeQuestion } from './guideAnswers';
import type { GuideQuestion } from './guideAnswers';
import { STOPS } from './tourStops';
import type { TourStopId } from '../../content/tourStopIds';
import { AboutThisPage } from '../../ui/shared/AboutThisPage';
import { sentenceGap, t } from '../../i18n/i18n';
import { Trans } from '../../i18n/Trans';

interface Props {
  /** Runs a configuration (off the main thread on the site). */
  compute: (config: AppConfig) => Promise<Run>;
  /** The explainer's address, for the links (origin + path). */
  base: string;
  /** The guide's language: its links open the page in it (English links stay as they were). */
  lang?: string;
  /** The view's tools beside the guide's heading (the language menu; not printed). */
  tools?: ReactNode;
}

/** A link that also prints its address (a handout's reader types it); `shown`: a shorter form to print. */
function PrintedLink({
  href,
  children,
  shown = href,
}: {
  href: string;
  children?: ReactNode;
  shown?: string;
}) {
  return (
    <>
      <a href={href}>{children}</a>{' '}
      <span className="print-url" dir="ltr">
        {urlBreaks(shown).map((piece, i) => (
          <Fragment key={i}>
            {i > 0 && <wbr />}
            {piece}
          </Fragment>
        ))}
      </span>
    </>
  );
}

const presetLabel = (id: string) => PRESETS.find((p) => p.id === id)?.label ?? id;

export function TeachersGuide({ compute: computeRun, base, lang = 'en', tools }: Props) {
  const compute = useMemo(() => computedOnce(computeRun), [computeRun]);
  const [questions, setQuestions] = useState<GuideQuestion[] | null>(null);
  const [halfLives, setHalfLives] = useState<Awaited<ReturnType<typeof halfLifeQuestion>> | null>(null);
  const [exitTicket, setExitTicket] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void guideQuestions(compute).then((q) => live && setQuestions(q));
    void halfLifeQuestion(compute).then((h) => live && setHalfLives(h));
    void exitTicketAnswer(compute).then((a) => live && setExitTicket(a));
    return () => {
      live = false;
    };
  }, [compute]);
  const ready = questions !== null && halfLives !== null && exitTicket !== null;
  const inLang = lang === 'en' ? '' : `lang=${lang}&`;
  const tour = (id: TourStopId) => `${base}?${inLang}tour=${id}`;
  // The number the tour's card shows for the stop ("Stop 5 of 11").
  const stopNumber = (id: TourStopId) => STOPS.findIndex((s) => s.id === id) + 1;
  const preset = (id: string) => `${base}?${inLang}preset=${id}`;

  return (
    <main className="guide" aria-busy={!ready}>
      <header className="guide-head">
        {tools && <div className="guide-language">{tools}</div>}
        <h1>{t('guide.title')}</h1>
        <p>{t('guide.lead', { minutes: LESSON_MINUTES })}</p>
        <p className="guide-actions">
          <button type="button" onClick={() => window.print()}>
            {t('guide.print')}
          </button>{' '}
          <a className="button-link" href={tour(STOPS[0].id)}>
            {t('guide.openTour')}
          </a>{' '}
          <a className="button-link" href={`${base}?${inLang}view=class`}>
            {t('guide.openClass')}
          </a>
        </p>
        <AboutThisPage url={base} />
      </header>

      <section aria-labelledby="guide-plan">
        <h2 id="guide-plan">{t('guide.planTitle', { minutes: LESSON_MINUTES })}</h2>
        <table className="guide-plan">
          <thead>
            <tr>
              <th scope="col">{t('guide.col.minutes')}</th>
              <th scope="col">{t('guide.col.part')}</th>
              <th scope="col">{t('guide.col.does')}</th>
              <th scope="col">{t('guide.col.open')}</th>
            </tr>
          </thead>
          <tbody>
            {PLAN.map((row) => (
              <tr key={row.from}>
                <td>{t('guide.minutes', { from: row.from, to: row.to })}</td>
                <th scope="row">{row.title}</th>
                <td>{row.activity}</td>
                <td>
                  {row.stops.length > 0 ? (
                    <ul className="plan-links">
                      {row.stops.map((id) => (
                        <li key={id}>
                          <PrintedLink href={tour(id)} shown={`?tour=${id}`}>
                            {t('guide.stopLink', { n: stopNumber(id) })}
                          </PrintedLink>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <PrintedLink href={preset(row.preset)} shown={`?preset=${row.preset}`}>
                      {t('guide.presetLink', { preset: presetLabel(row.preset) })}
                    </PrintedLink>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="note print-only">{t('guide.linksNote', { base, example: tour('forgetting') })}</p>
      </section>

      <section aria-labelledby="guide-questions">
        <h2 id="guide-questions">{t('guide.questionsTitle')}</h2>
        {!ready && <p role="status">{t('guide.computing')}</p>}
        {ready && (
          <ol className="guide-answers">
            {questions.map((q) => (
              <li key={q.stop}>
                <p className="guide-q">{withSubscripts(q.question)}</p>
                <p>
                  <Trans
                    id="guide.answer"
                    values={{ answer: q.answer ?? t('guide.answerOnPage') }}
                    components={{ 0: <strong /> }}
                  />
                  {sentenceGap()}
                  {withSubscripts(q.why)}
                </p>
                <p className="note">
                  <PrintedLink href={tour(STOPS[q.stop - 1].id)}>
                    {t('guide.stopTitleLink', { n: q.stop, title: q.title })}
                  </PrintedLink>
                </p>
              </li>
            ))}
            <li>
              <p className="guide-q">{t('guide.halfLifeQuestion')}</p>
              <p>
                <Trans id="guide.halfLifeAnswer" values={halfLives} components={{ 0: <strong /> }} />
                {sentenceGap()}
                {halfLifeDefinition()}
              </p>
              <p className="note">
                <PrintedLink href={preset('long')}>
                  {t('guide.presetLink', { preset: presetLabel('long') })}
                </PrintedLink>
              </p>
            </li>
            <li>
              <p className="guide-q">{t('guide.exitQuestion')}</p>
              <p>
                <Trans
                  id="guide.exitAnswerLine"
                  values={{ answer: exitTicket }}
                  components={{ 0: <strong /> }}
                />
              </p>
              <p className="note">
                <PrintedLink href={tour('lstm-gates')}>
                  {t('guide.exitLink', { a: stopNumber('lstm-gates'), b: stopNumber('cell-state-lane') })}
                </PrintedLink>
              </p>
            </li>
          </ol>
        )}
      </section>

      <section className="worksheet" aria-labelledby="guide-worksheet">
        <h2 id="guide-worksheet">{t('guide.worksheet')}</h2>
        <p>
          {t('guide.name')} <span className="write-line" />{' '}
          <Trans id="guide.openAndAnswer" components={{ 0: <PrintedLink href={tour(STOPS[0].id)} /> }} />
        </p>
        <p className="note">{t('guide.swapNote')}</p>
        {ready && (
          <ol className="worksheet-questions">
            {questions.map((q) => (
              <li key={q.stop}>
                <p>
                  {withSubscripts(q.question)}{' '}
                  <span className="note">{t('guide.stopRef', { n: q.stop })}</span>
                </p>
                <ul className="tick-boxes">
                  {q.options.map((o) => (
                    <li key={o}>☐ {o}</li>
                  ))}
                </ul>
              </li>
            ))}
            <li>
              <p>{t('guide.exitWorksheetQuestion')}</p>
              <span className="write-line wide" />
              <span className="write-line wide" />
            </li>
          </ol>
        )}
      </section>
    </main>
  );
}
