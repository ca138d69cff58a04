/** The app: state, the run it computes, host messages; then one of three views (full page, embed, presenter). */
import {
  Fragment,
  Suspense,
  lazy,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useReducer,
} from 'react';
import { loadPart } from '../i18n/i18n';
import { useLanguage } from './useLanguage';
import type { Dispatch } from 'react';
import { maxAbs } from '../engine/linalg';
import { initialState, reducer } from '../state/appState';
import type { Action, AppState } from '../state/appState';
import { useHostBridge } from '../features/embed/useHostBridge';
import { DeepRunContext } from '../ui/deepRunContext';
import type { Run } from '../compute/run';
import { runOffThread, useRun } from './useRun';
import { useUrlSync } from './useUrlSync';
import { rememberDetail } from './rememberedDetail';
import { useTrainedWords } from './useTrainedWords';
import { useOpenedModel } from './useOpenedModel';
import type { WhoAsset } from '../compute/trainedWords';
import { FullView } from '../views/FullView';
import { LoadingView } from '../views/LoadingView';
import type { ViewModel } from '../views/viewModel';

// The slide views load only when asked for (?embed=1, ?present=1): the full page never needs them.
// Their words are the lazy part `panels` (the slide chart's title), loaded with them.
const EmbedView = lazy(() =>
  Promise.all([import('../views/EmbedView'), loadPart('panels')]).then(([m]) => ({ default: m.EmbedView })),
);
const PresenterView = lazy(() =>
  Promise.all([import('../views/PresenterView'), loadPart('panels')]).then(([m]) => ({
    default: m.PresenterView,
  })),
);
// The guide prints the tour's stops and questions: their words load with it, and its own.
const GuideView = lazy(() =>
  Promise.all([import('../views/GuideView'), loadPart('tour'), loadPart('guide'), loadPart('panels')]).then(
    ([m]) => ({
      default: m.GuideView,
    }),
  ),
);

// The class view words the tour's questions with the guide's frame.
const ClassView = lazy(() =>
  Promise.all([import('../views/ClassView'), loadPart('tour'), loadPart('guide'), loadPart('panels')]).then(
    ([m]) => ({ default: m.ClassView }),
  ),
);

export function App({ initial, notices = [] }: { initial?: AppState; notices?: string[] }) {
  const [state, dispatch] = useReducer(reducer, initial ?? initialState());
  useUrlSync(state, dispatch);
  useEffect(() => rememberDetail(state.detail), [state.detail]);
  // The language shown: the chosen one once its catalogue has loaded (the page re-renders in it).
  const shownLang = useLanguage(state.lang);
  // The lab's models, kept on the device: a reload brings them back.
  const missingModel = useOpenedModel(state, dispatch);
  // The expensive part runs only when the configuration changes (off the main thread in the
  // browser), never on step selection or a cell switch. The cell switch's radio answers at once;
  // the views follow with the deferred cell, in a render React splits into short slices.
  const cell = useDeferredValue(state.config.cell);
  // "Trained" weights: the shipped models on this sentence (loaded on first use); the lab's own
  // trained models, when opened, take precedence.
  const shipped = useTrainedWords(state.weights, state.config.input);
  // Levels 2–3's gradients cost most of a full-size run: computed only while one is open.
  const { run, pending, deep } = useRun(
    state.config,
    cell,
    state.trained ?? shipped.bundle,
    state.view === 'full' && state.levels.length > 0,
  );
  // Until the first run arrives from the worker: the masthead and an outline of the page.
  return (
    <>
      {!run ? (
        <LoadingView view={state.view} />
      ) : (
        <DeepRunContext.Provider value={deep}>
          {/* A new language re-renders every panel from scratch, each computed caption included. */}
          <Fragment key={shownLang}>
            <Loaded
              state={state}
              dispatch={dispatch}
              run={run}
              pending={pending || shipped.loading}
              notices={missingModel ? [...notices, missingModel] : notices}
              trainedAsset={shipped.asset}
            />
          </Fragment>
        </DeepRunContext.Provider>
      )}
    </>
  );
}

function Loaded({
  state,
  dispatch,
  run,
  pending,
  notices,
  trainedAsset,
}: {
  state: AppState;
  dispatch: Dispatch<Action>;
  run: Run;
  pending: boolean;
  notices: string[];
  trainedAsset: WhoAsset | null;
}) {
  const T = run.labels.length;
  const step = Math.min(state.step, T - 1);
  const stream = run.trace.streams.l0;
  const extent = useMemo(() => maxAbs(stream.h, 1), [stream]);
  const select = useCallback((s: number) => dispatch({ type: 'select', step: s }), [dispatch]);

  useEffect(() => {
    if (state.theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = state.theme;
  }, [state.theme]);

  useEffect(() => {
    if (!state.playing) return;
    const id = window.setInterval(() => dispatch({ type: 'tick', last: T - 1 }), state.speedMs);
    return () => window.clearInterval(id);
  }, [state.playing, state.speedMs, T, dispatch]);

  // A host page (slide deck) may drive the view and hear where it is (hostMessages.ts).
  useHostBridge(state, step, T, pending, dispatch);

  const vm: ViewModel = { state, dispatch, run, pending, step, extent, select, trainedAsset };
  if (state.view !== 'full') {
    return (
      <Suspense fallback={<LoadingView view={state.view} />}>
        {state.view === 'embed' ? (
          <EmbedView vm={vm} />
        ) : state.view === 'class' ? (
          <ClassView
            compute={runOffThread}
            lang={state.lang}
            onLang={(lang) => dispatch({ type: 'lang', lang })}
          />
        ) : state.view === 'guide' ? (
          <GuideView
            compute={runOffThread}
            lang={state.lang}
            onLang={(lang) => dispatch({ type: 'lang', lang })}
          />
        ) : (
          <PresenterView vm={vm} />
        )}
      </Suspense>
    );
  }
  return <FullView vm={vm} notices={notices} />;
}
