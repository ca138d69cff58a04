/**
 * The teacher's guide (`?view=guide`): a 50-minute lesson keyed to the guided tour's stops and the
 * presets, discussion questions whose answers are computed from the runs, and a one-page student
 * worksheet — one printable page (print stylesheet: A4, the worksheet on its own page, every link's
 * address printed beside it, since paper cannot be clicked).
 */
import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Run } from '../../compute/run';
import type { AppConfig } from '../../state/config';
import { PRESETS } from '../../state/presets';
import { halfLifeDefinition } from '../../ui/charts/curveText';
import { withSubscripts } from '../../ui/shared/Subscripts';
import { LESSON_MINUTES, PLAN } from './guidePlan';
import { computedOnce, exitTicketAnswer, guideQuestions, halfLifeQuestion } from './guideAnswers';
import type { GuideQuestion } from './guideAnswers';
import { STOPS } from './tourStops';
import type { TourStopId } from '../../content/tourStopIds';
import { AboutThisPage } from '../../ui/shared/AboutThisPage';

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
function PrintedLink({ href, children, shown = href }: { href: string; children: string; shown?: string }) {
  return (
    <>
      <a href={href}>{children}</a> <span className="print-url">{shown}</span>
    </>
  );
}

const presetLabel = (id: string) => PRESETS.find((p) => p.id === id)?.label ?? id;

export function TeachersGuide({ compute: computeRun, base, lang = 'en', tools }: Props) {
  const compute = useMemo(() => computedOnce(computeRun), [computeRun]);
  const [questions, setQuestions] = useState<GuideQuestion[] | null>(null);
  const [halfLives, setHalfLives] = useState<{ vanilla: string; lstm: string; gru: string } | null>(null);
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
        <h1>Teacher’s guide: how a recurrent network remembers</h1>
        <p>
          A {LESSON_MINUTES}-minute lesson with the explainer’s guided tour, discussion questions with their
          answers, and a one-page student worksheet. Every number below is computed from the same runs the
          page shows (random weights unless a step says trained).
        </p>
        <p className="guide-actions">
          <button type="button" onClick={() => window.print()}>
            Print this guide
          </button>{' '}
          <a className="button-link" href={tour(STOPS[0].id)}>
            Open the guided tour
          </a>
        </p>
        <AboutThisPage url={base} />
      </header>

      <section aria-labelledby="guide-plan">
        <h2 id="guide-plan">A {LESSON_MINUTES}-minute lesson</h2>
        <table className="guide-plan">
          <thead>
            <tr>
              <th scope="col">Minutes</th>
              <th scope="col">Part</th>
              <th scope="col">What the class does</th>
              <th scope="col">Open</th>
            </tr>
          </thead>
          <tbody>
            {PLAN.map((row) => (
              <tr key={row.from}>
                <td>
                  {row.from}–{row.to} min
                </td>
                <th scope="row">{row.title}</th>
                <td>{row.activity}</td>
                <td>
                  {row.stops.length > 0 ? (
                    <ul className="plan-links">
                      {row.stops.map((id) => (
                        <li key={id}>
                          <PrintedLink
                            href={tour(id)}
                            shown={`?tour=${id}`}
                          >{`Tour stop ${stopNumber(id)}`}</PrintedLink>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <PrintedLink
                      href={preset(row.preset)}
                      shown={`?preset=${row.preset}`}
                    >{`Preset: ${presetLabel(row.preset)}`}</PrintedLink>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="note print-only">
          Each link is this address followed by what the table shows: {base}, e.g. {tour('forgetting')}.
        </p>
      </section>

      <section aria-labelledby="guide-questions">
        <h2 id="guide-questions">Discussion questions, with answers</h2>
        {!ready && <p role="status">Computing the answers from the runs…</p>}
        {ready && (
          <ol className="guide-answers">
            {questions.map((q) => (
              <li key={q.stop}>
                <p className="guide-q">{withSubscripts(q.question)}</p>
                <p>
                  <strong>Answer:</strong> {q.answer ?? 'shown on the page at this stop'}.{' '}
                  {withSubscripts(q.why)}
                </p>
                <p className="note">
                  <PrintedLink
                    href={tour(STOPS[q.stop - 1].id)}
                  >{`Tour stop ${q.stop}: ${q.title}`}</PrintedLink>
                </p>
              </li>
            ))}
            <li>
              <p className="guide-q">
                On the Long sentence, with random weights, how many steps does each cell take to halve the
                first word’s trace?
              </p>
              <p>
                <strong>Answer:</strong> vanilla RNN {halfLives.vanilla}, LSTM {halfLives.lstm} (its forget
                bias is 4 in this preset), GRU {halfLives.gru}. {halfLifeDefinition()}
              </p>
              <p className="note">
                <PrintedLink href={preset('long')}>{`Preset: ${presetLabel('long')}`}</PrintedLink>
              </p>
            </li>
            <li>
              <p className="guide-q">
                Exit ticket: why can an LSTM carry a word further than a vanilla RNN, and what must be true of
                its forget gate?
              </p>
              <p>
                <strong>Answer:</strong> {exitTicket}
              </p>
              <p className="note">
                <PrintedLink href={tour('lstm-gates')}>
                  {`Tour stops ${stopNumber('lstm-gates')} and ${stopNumber('cell-state-lane')}: the same LSTM at forget bias 0 and 4`}
                </PrintedLink>
              </p>
            </li>
          </ol>
        )}
      </section>

      <section className="worksheet" aria-labelledby="guide-worksheet">
        <h2 id="guide-worksheet">Student worksheet</h2>
        <p>
          Name: <span className="write-line" /> Open{' '}
          <PrintedLink href={tour(STOPS[0].id)}>the guided tour</PrintedLink> and answer before each reveal.
        </p>
        <p className="note">
          The memory chart runs the sentence twice, once with its first word swapped (“Alice” → “Bob”), and
          plots how far apart the two memories are at each step; “step 1’s gap” is that distance right after
          the swap.
        </p>
        {ready && (
          <ol className="worksheet-questions">
            {questions.map((q) => (
              <li key={q.stop}>
                <p>
                  {withSubscripts(q.question)} <span className="note">(tour stop {q.stop})</span>
                </p>
                <ul className="tick-boxes">
                  {q.options.map((o) => (
                    <li key={o}>☐ {o}</li>
                  ))}
                </ul>
              </li>
            ))}
            <li>
              <p>
                In one sentence: why can an LSTM carry a word further than a vanilla RNN, and what must be
                true of its forget gate?
              </p>
              <span className="write-line wide" />
              <span className="write-line wide" />
            </li>
          </ol>
        )}
      </section>
    </main>
  );
}
