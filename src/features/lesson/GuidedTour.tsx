/**
 * The guided tour's card: one stop at a time, each setting the explorer through the app's own
 * state, highlighting what it talks about (the rest dimmed) and narrating with the run's numbers.
 * Back / Next / Exit tour (Escape); every stop is a link (?tour=why-it-fades); leaving keeps the view as it is.
 */
import { useEffect, useRef, useState } from 'react';
import type { Dispatch } from 'react';
import type { Run } from '../../compute/run';
import type { Action, AppState } from '../../state/appState';
import { presetById } from '../../state/presets';
import { sameSettings } from '../../state/config';
import { useDeepRun } from '../../ui/deepRunContext';
import { TermText } from '../../ui/shared/TermText';
import { PredictionCard } from './PredictionCard';
import { loadPredictions, savePrediction, tally } from './predictionStore';
import { STOPS } from './tourStops';
import type { Stop } from './tourStops';
import { placeCard, useSpotlight } from './useSpotlight';

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

/** The part of a box inside the window, so the veil's words are where the reader looks. */
function visiblePart(b: { top: number; left: number; width: number; height: number }) {
  const top = Math.max(b.top, 0);
  const bottom = Math.min(b.top + b.height, window.innerHeight);
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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) dispatch({ type: 'tour', stop: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);

  useEffect(() => {
    // The card's natural height (its words unclipped), so that placing it never feeds back on itself.
    const el = card.current;
    const body = el?.querySelector<HTMLElement>('.tour-content');
    const nav = el?.querySelector<HTMLElement>('.tour-nav');
    if (!el || !body || !nav || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setCardHeight(body.offsetHeight + nav.offsetHeight + 36));
    ro.observe(body);
    return () => ro.disconnect();
  }, []);

  const go = (to: number) => {
    applied.current = to;
    dispatch({ type: 'tour', stop: STOPS[to - 1].id, setup: STOPS[to - 1].setup });
  };
  const ready = stopReady(stop, state, run, pending);
  const predict = stop.predict;
  const { box, whole } = useSpotlight(stop.spot, n, card, ready, predict?.veil ?? null);
  // The chart would give the answer away: it stays covered until the reader has revealed it.
  const veiled =
    !!predict?.veil && ready && predict.answer(run) !== null && saved[predict.id]?.correct === undefined;
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
        <div className="tour-veil" aria-hidden="true" style={visiblePart(whole)}>
          <span>Predict first: the answer is here once you reveal it.</span>
        </div>
      )}
      <section ref={card} className="tour-card" aria-label="Guided tour" tabIndex={-1} style={style}>
        <div className="tour-body" tabIndex={0} role="group" aria-label="This stop (scrolls when long)">
          <div className="tour-content">
            <p className="tour-count">
              Stop {n} of {M}
            </p>
            <h2>{stop.title}</h2>
            <p>{ready ? <TermText text={stop.narrate(run, deep)} /> : 'Computing this stop’s run…'}</p>
            <p className="note">Highlighted: {stop.spotName}.</p>
            {predict && (
              <PredictionCard
                key={predict.id}
                prediction={predict}
                run={run}
                ready={ready}
                saved={saved[predict.id]}
                onSave={(p) => setSaved(savePrediction(predict.id, p))}
              />
            )}
            {n === M && (
              <p className="tour-score" role="status">
                {score.revealed > 0
                  ? `You predicted ${score.right} of ${score.revealed}.`
                  : 'You made no predictions this time: go Back to try them.'}
              </p>
            )}
          </div>
        </div>
        <div className="tour-nav">
          <button type="button" onClick={() => go(n - 1)} disabled={n === 1}>
            Back
          </button>
          <button
            type="button"
            onClick={() => (n === M ? dispatch({ type: 'tour', stop: null }) : go(n + 1))}
          >
            {n === M ? 'Finish' : 'Next'}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'tour', stop: null })}>
            Exit tour
          </button>
        </div>
      </section>
    </>
  );
}
