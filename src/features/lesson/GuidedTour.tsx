/**
 * The guided tour's card: one stop at a time, each setting the explorer through the app's own
 * state, highlighting what it talks about (the rest dimmed) and narrating with the run's numbers.
 * Back / Next / Exit tour (Escape); every stop is a link (?tour=why-it-fades); leaving keeps the view as it is.
 */
import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/i18n';
import type { Dispatch } from 'react';
import type { Run } from '../../compute/run';
import type { Action, AppState } from '../../state/appState';
import { presetById } from '../../state/presets';
import { sameSettings } from '../../state/config';
import { useDeepRun } from '../../ui/deepRunContext';
import { TermText } from '../../ui/shared/TermText';
import { PredictionCard } from './PredictionCard';
import { ShareAnswers } from './ShareAnswers';
import { TourScroller } from './TourScroller';
import { loadPredictions, savePrediction, tally } from './predictionStore';
import { STOPS } from './tourStops';
import type { Stop } from './tourStops';
import { CARD_WIDTH, placeCard, useSpotlight } from './useSpotlight';
import type { Box } from './useSpotlight';

export interface GuidedTourProps {
  state: AppState;
  dispatch: Dispatch<Action>;
  run: Run;
  pending: boolean;
}

/** Whether the run on the page is the one the stop asked for (runs arrive from a worker). */
export function stopReady(stop: Stop, state: AppState, run: Run, pending: boolean): boolean {
  const preset = presetById(stop.setup.preset);
  if (pending || !preset || state.tour === null) return false;
  const want = {
    ...preset.config,
    cell: stop.setup.cell ?? preset.config.cell,
    forgetBias: stop.setup.forgetBias ?? preset.config.forgetBias,
  };
  return (
    sameSettings(run.config, want) &&
    run.config.cell === want.cell &&
    (stop.setup.weights === 'trained') === (run.trained !== null)
  );
}

/**
 * The part of a box inside the window and not under the card, so the veil's words are where the
 * reader looks; a card beside the box (a desktop's, right of a chart) hides nothing of it.
 */
function visiblePart(b: Box, card: Box | null) {
  const top = Math.max(b.top, 0);
  // Over it means over a real part of it: a card beside the chart may touch its panel's edge.
  const overlap = card ? Math.min(card.left + card.width, b.left + b.width) - Math.max(card.left, b.left) : 0;
  const over = card && overlap > 40 && card.top > top;
  const bottom = Math.min(b.top + b.height, window.innerHeight, over ? card.top : window.innerHeight);
  return { top, left: b.left, width: b.width, height: Math.max(0, bottom - top) };
}

export function GuidedTour({ state, dispatch, run, pending }: GuidedTourProps) {
  const M = STOPS.length;
  // n counts from 1, as the card says ("Stop 5 of 11"); the state names the stop.
  const n =
    Math.max(
      STOPS.findIndex((s) => s.id === state.tour),
      0,
    ) + 1;
  const stop = STOPS[n - 1];
  const card = useRef<HTMLElement>(null);
  const applied = useRef<number | null>(null);
  const [saved, setSaved] = useState(loadPredictions);
  const [cardHeight, setCardHeight] = useState(260);
  const deep = useDeepRun(run);

  // A stop reached by a link, by back/forward or by the Start button sets its view once.
  useEffect(() => {
    if (applied.current === n) return;
    applied.current = n;
    dispatch({ type: 'tour', stop: STOPS[n - 1].id, setup: STOPS[n - 1].setup });
  }, [n, dispatch]);

  // ← → step the timeline wherever the keyboard is (the card says so on stop 1), except where the
  // arrows already mean something to the reader: a text field, or the card's own choices. Caught
  // before the page's controls see them, so an arrow never changes the preset under a stop.
  const steps = run.labels.length;
  const step = state.step;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) dispatch({ type: 'tour', stop: null });
      if ((e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') || e.altKey || e.ctrlKey || e.metaKey) return;
      const at = e.target instanceof Element ? e.target : null;
      if (
        at?.closest('input[type="text"], textarea, [contenteditable="true"], .tour-card [role="radiogroup"]')
      )
        return;
      e.preventDefault();
      e.stopPropagation();
      const next = Math.max(
        0,
        Math.min(steps - 1, Math.min(step, steps - 1) + (e.key === 'ArrowRight' ? 1 : -1)),
      );
      dispatch({ type: 'select', step: next });
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [dispatch, steps, step]);

  useEffect(() => {
    // The card's natural height (its words unclipped), so that placing it never feeds back on itself.
    const el = card.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const parts = [
      ...el.querySelectorAll<HTMLElement>('.tour-head, .tour-content, .tour-predict, .tour-nav'),
    ];
    const measure = () => setCardHeight(parts.reduce((sum, p) => sum + p.offsetHeight, 0) + 36);
    const ro = new ResizeObserver(measure);
    for (const p of parts) ro.observe(p);
    return () => ro.disconnect();
  }, [n]);

  const go = (to: number) => {
    applied.current = to;
    dispatch({ type: 'tour', stop: STOPS[to - 1].id, setup: STOPS[to - 1].setup });
  };
  const ready = stopReady(stop, state, run, pending);
  const predict = stop.predict;
  const { box, whole, cardBox } = useSpotlight(stop.spot, n, card, ready, predict?.veil ?? null);
  // The chart would give the answer away: it stays covered until the reader has revealed it.
  const veiled =
    !!predict?.veil && ready && predict.answer(run) !== null && saved[predict.id]?.correct === undefined;
  // The step's one-line summary under the timeline states the same share: hidden (also from screen
  // readers) while the answer is veiled.
  useEffect(() => {
    const root = document.documentElement;
    if (veiled) root.dataset.tourVeil = '';
    else delete root.dataset.tourVeil;
    return () => {
      delete root.dataset.tourVeil;
    };
  }, [veiled]);
  const score = tally(saved);
  const style = placeCard(box, window.innerWidth, window.innerHeight, cardHeight);

  return (
    <>
      {box ? (
        <div
          className="tour-spot"
          aria-hidden="true"
          style={{ top: box.top - 4, left: box.left - 4, width: box.width + 8, height: box.height + 8 }}
        />
      ) : (
        <div className="tour-dim" aria-hidden="true" />
      )}
      {veiled && whole && (
        <div className="tour-veil" aria-hidden="true" style={visiblePart(whole, cardBox)}>
          <span>{t('tour.veil')}</span>
        </div>
      )}
      <section
        ref={card}
        className={`tour-card${style.width && Number(style.width) > CARD_WIDTH ? ' tour-card-wide' : ''}${
          predict && saved[predict.id]?.correct !== undefined ? ' tour-card-revealed' : ''
        }`}
        aria-label={t('tour.card')}
        data-veil={predict?.veil}
        data-stop={stop.id}
        tabIndex={-1}
        style={style}
      >
        {/* Keyed by the stop: a new stop opens at its top, never where the last one was scrolled. */}
        <div className="tour-head" key={`head-${stop.id}`}>
          <p className="tour-count">{t('tour.count', { n, total: M })}</p>
          <h2>{stop.title}</h2>
        </div>
        <TourScroller part="tour-body" label={t('tour.bodyScroller')} key={`body-${stop.id}`}>
          <p>{ready ? <TermText text={stop.narrate(run, deep)} /> : t('tour.computing')}</p>
          <p className="note">{t('tour.highlighted', { part: stop.spotName })}</p>
          {n === M && (
            <p className="tour-score" role="status">
              {score.revealed > 0
                ? t('tour.score', { right: score.right, revealed: score.revealed })
                : t('tour.noScore')}
            </p>
          )}
          {n === M && <ShareAnswers saved={saved} />}
        </TourScroller>
        {predict && (
          <TourScroller part="tour-predict" key={`predict-${stop.id}`}>
            <PredictionCard
              key={predict.id}
              prediction={predict}
              run={run}
              ready={ready}
              saved={saved[predict.id]}
              onSave={(p) => setSaved(savePrediction(predict.id, p))}
            />
          </TourScroller>
        )}
        <div className="tour-nav">
          <button type="button" onClick={() => go(n - 1)} disabled={n === 1}>
            {t('tour.back')}
          </button>
          <button
            type="button"
            onClick={() => (n === M ? dispatch({ type: 'tour', stop: null }) : go(n + 1))}
          >
            {n === M ? t('tour.finish') : t('tour.next')}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'tour', stop: null })}>
            {t('tour.exit')}
          </button>
        </div>
      </section>
    </>
  );
}
