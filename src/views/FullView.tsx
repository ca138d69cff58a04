/** The full explainer page: every panel, the explainer levels, the training lab. */
import { usePart } from '../i18n/usePart';
import { maxAbs } from '../engine/linalg';
import { t, wordsOf } from '../i18n/t';
import { Suspense, lazy, useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { CellTypeSwitch } from '../ui/controls/CellTypeSwitch';
import { ForgetBiasCompare } from '../ui/controls/ForgetBiasCompare';
import { Inspector } from '../features/timeline/Inspector';
import type { SymbolKey } from '../content/glossary';
import { Legend } from '../features/timeline/Legend';
import { MemoryChart, shareOfStep1 } from '../ui/charts/MemoryChart';
import { NearViewport } from '../ui/shared/NearViewport';
import { PanelBoundary } from '../ui/shared/PanelBoundary';
import { DEFAULT_RACE } from '../train/settings';
import { PresetPicker } from '../ui/controls/PresetPicker';
import { StepReadout, describeStep } from '../features/timeline/StepReadout';
import { ThemeSwitch } from '../ui/controls/ThemeSwitch';
import { LanguageSwitch } from '../ui/controls/LanguageSwitch';
import { loadPart } from '../i18n/i18n';
import { WeightsSwitch } from '../ui/controls/WeightsSwitch';
import { encodeSearch } from '../state/urlState';
import { Masthead } from './Masthead';
import { TourStartButton } from './TourStartButton';
import { DetailSwitch } from '../ui/controls/DetailSwitch';
import { StoryNote } from '../ui/shared/StoryNote';
import { TermText } from '../ui/shared/TermText';
import { OPENER, STORY } from '../content/story';
import { HowThisWasMade } from './HowThisWasMade';
import { ExploreFreely } from './ExploreFreely';
import { PanelLoading } from './PanelLoading';
import { PlaybackBlock, TimelineBlock } from './viewModel';
import type { ViewModel } from './viewModel';
import type { CellFamily } from '../state/config';
import type { HidePart } from '../state/hide';
import type { TrainedBundle } from '../state/trainedBundle';
import { scrollWhenShown } from '../ui/shared/scrollWhenShown';
import { familySpec } from '../engine/cells/vocabulary';
import { untrainedBeside } from '../compute/untrainedBeside';
import type { RacePair } from '../train/seq2seq/attentionRace';

// Below the fold, and kept out of the first screen's JavaScript: the explainer (prose, live math,
// deep dives), the export and share tools, and the lab (with its worker). Each loads right after
// the first paint; none is part of the embed or projector views.
const TrainingLab = lazy(() => import('../features/lab/TrainingLab'));
const ObservatoryPanel = lazy(() =>
  import('../features/observatory/ObservatoryPanel').then((m) => ({ default: m.ObservatoryPanel })),
);
// Shown only with trained weights, which load lazily too.
const WhoDidItPanel = lazy(() =>
  Promise.all([import('../features/trained/WhoDidItPanel'), loadPart('panels')]).then(([m]) => ({
    default: m.WhoDidItPanel,
  })),
);
// The guided tour loads when it starts (the button, or a ?tour= link).
// Its words in the reader's language load beside its code.
const GuidedTour = lazy(() =>
  Promise.all([import('../features/lesson/GuidedTour'), loadPart('tour')]).then(([m]) => ({
    default: m.GuidedTour,
  })),
);
const ShareDialog = lazy(() =>
  Promise.all([import('../features/teachers/ShareDialog'), loadPart('panels')]).then(([m]) => ({
    default: m.ShareDialog,
  })),
);

export function FullView({ vm, notices }: { vm: ViewModel; notices: string[] }) {
  const { state, dispatch, run, pending, step, extent, select } = vm;
  const [shareOpen, setShareOpen] = useState(false);
  const [highlight, setHighlight] = useState<SymbolKey | null>(null);
  const onOpenLevels = useCallback((levels: number[]) => dispatch({ type: 'levels', levels }), [dispatch]);
  const onCell = useCallback((cell: CellFamily) => dispatch({ type: 'cell', cell }), [dispatch]);
  // The lab's and the observatory's "Open in the timeline": the models, then the timeline scrolled to.
  const openInTimeline = useCallback(
    (bundle: TrainedBundle) => {
      dispatch({ type: 'open-trained', bundle });
      document
        .querySelector('[data-panel="timeline"]')
        ?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    },
    [dispatch],
  );
  // The attention race's "Open in the explainer": everything shown, level 3 open, its view scrolled to.
  const openInExplainer = useCallback(
    (pair: RacePair) => {
      dispatch({ type: 'open-pair', pair });
      dispatch({ type: 'detail', detail: 'everything' });
      dispatch({ type: 'levels', levels: [...state.levels, 3] });
      scrollWhenShown('#s2s-title');
    },
    [dispatch, state.levels],
  );
  // Notices can arrive after the page (a lab model the device does not have): dismissed ones stay dismissed.
  const [dismissed, setDismissed] = useState<string[]>([]);
  const shownNotices = notices.filter((n) => !dismissed.includes(n));
  // Exports draw the whole timeline for a moment (it normally draws only what is in view).
  const [drawAll, setDrawAll] = useState(false);
  const drawWhole = useCallback((on: boolean) => flushSync(() => setDrawAll(on)), []);
  const family = run.config.cell;
  const stream = run.trace.streams.l0;
  const mem = run.memory[family];
  const T = run.labels.length;
  const here = `${window.location.origin}${window.location.pathname}`;
  // Essentials: the lesson and the few controls it needs; Everything: every tool (state.detail).
  const all = state.detail === 'everything';
  // The gates paragraph, below the fold, has its words in the part `panels` (after the first paint).
  const gatesWords = usePart('panels');
  // A teacher's link may hide parts (?hide=, state/hide.ts).
  const shows = (part: HidePart) => !state.hide.includes(part);
  // "The gates and the math, training, your own sentence and the teaching tools are under
  // Everything": shortened to "more is" when a link hides some of them, left out when all.
  const listedHidden = (['levels', 'lab', 'sequence', 'export'] as const).filter((p) => !shows(p)).length;
  const moreUnderEverything = t('story.moreUnderEverything', {
    listed: listedHidden === 0 ? 'none' : listedHidden === 4 ? 'all' : 'some',
  });
  // The "LSTM at forget bias 0" button; the Long sequence's LSTM caption points at it only when it is there.
  const compareButton =
    all &&
    shows('knobs') &&
    (familySpec(state.config.cell).retention?.knob === 'forgetBias' || state.preset === 'long') &&
    !run.trained;

  return (
    <div className="app">
      <Masthead>
        {shows('tour') && <TourStartButton where="top" touring={state.tour !== null} dispatch={dispatch} />}
        <DetailSwitch value={state.detail} onChange={(detail) => dispatch({ type: 'detail', detail })} />
        {all && shows('export') && (
          <>
            <button type="button" onClick={() => setShareOpen(true)}>
              {t('share.button')}
            </button>
            <a className="button-link" href={encodeSearch(state, 'present') || '?present=1'}>
              {t('presenter.link')}
            </a>
          </>
        )}
        <LanguageSwitch value={state.lang} onChange={(lang) => dispatch({ type: 'lang', lang })} />
        <ThemeSwitch value={state.theme} onChange={(theme) => dispatch({ type: 'theme', theme })} />
      </Masthead>
      {shownNotices.length > 0 && (
        <div className="notice" role="status">
          {shownNotices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" onClick={() => setDismissed(notices)}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}

      <main>
        <section className="opener panel" aria-labelledby="opener-title">
          <h2 id="opener-title">{OPENER.title}</h2>
          <p>
            <TermText text={OPENER.text} />
          </p>
          {shows('tour') && (
            <TourStartButton where="opener" touring={state.tour !== null} dispatch={dispatch} />
          )}
        </section>
        <section className="controls panel" aria-label={t('controls.label')}>
          {shows('presets') && (
            <PresetPicker
              value={state.trained ? null : state.preset}
              opened={state.trained !== null}
              config={state.config}
              onChange={(id) => dispatch({ type: 'preset', id })}
              trained={run.trained !== null && !state.trained}
              compareButton={compareButton}
            />
          )}
          {all && shows('presets') && (
            <WeightsSwitch
              value={state.weights}
              words={state.config.input.mode === 'words'}
              opened={state.trained ? (state.trained.source ?? 'lab') : null}
              onChange={(weights) => dispatch({ type: 'weights', weights })}
            />
          )}
          {compareButton && (
            <ForgetBiasCompare
              forgetBias={state.config.forgetBias}
              onCompare={(value) => {
                dispatch({ type: 'cell', cell: 'lstm' });
                dispatch({ type: 'knob', key: 'forgetBias', value });
              }}
            />
          )}
          {shows('cells') && (
            <CellTypeSwitch value={state.config.cell} onChange={(cell) => dispatch({ type: 'cell', cell })} />
          )}
        </section>

        <section
          className="timeline-panel panel"
          data-panel="timeline"
          aria-label={t('loading.timeline')}
          aria-busy={pending}
        >
          <div className="timeline-head">
            <PlaybackBlock vm={vm} noSpeed={!all} />
            <span className="pending" role="status">
              {pending ? t('timeline.computing') : ''}
            </span>
            <Legend extent={extent} />
            {run.trace.streams.l0.c && <Legend extent={maxAbs(run.trace.streams.l0.c, 1)} cellState />}
          </div>
          {run.messages.length > 0 && (
            <div className="run-messages" role="status">
              {run.messages.map(wordsOf).map((m) => (
                <p key={m}>{m}</p>
              ))}
              {run.trained && (
                <button
                  type="button"
                  onClick={() =>
                    dispatch(
                      state.trained ? { type: 'close-trained' } : { type: 'weights', weights: 'untrained' },
                    )
                  }
                >
                  {t('timeline.backToSentence')}
                </button>
              )}
            </div>
          )}
          <PanelBoundary name={t('panelName.timeline')} resetKey={run}>
            <TimelineBlock vm={vm} highlight={highlight} allBars={drawAll} />
          </PanelBoundary>
          <StepReadout
            text={describeStep(
              stream,
              step,
              run.labels[step],
              mem.values[step],
              T > 1 ? shareOfStep1(mem, step) : null,
              run.swap.noun,
            )}
          />
          <StoryNote paragraph={STORY[0]} hidden={state.hide} cue={false} />
        </section>

        <div className="columns">
          <div className="column">
            <PanelBoundary name={t('panelName.inspector')} resetKey={run}>
              <Inspector
                family={family}
                nonlinearity={state.config.nonlinearity}
                stream={stream}
                step={step}
                label={run.labels[step]}
                extent={extent}
                highlight={highlight}
                bHh={run.trace.model.params.l0.bHh}
                basic={!all}
              />
            </PanelBoundary>
            <StoryNote paragraph={STORY[1]} hidden={state.hide} cue={false} />
          </div>
          <div className="column">
            <PanelBoundary name={t('panelName.memory')} resetKey={run}>
              <MemoryChart
                memory={run.memory}
                swap={run.swap}
                labels={run.labels}
                step={step}
                current={family}
                onSelect={select}
                untrained={untrainedBeside(run)}
              />
            </PanelBoundary>
            <StoryNote paragraph={STORY[2]} hidden={state.hide} cue={false} />
          </div>
        </div>
        <section className="panel story-gates" aria-label={t('story.gatesLabel')}>
          {gatesWords && <StoryNote paragraph={STORY[3]} hidden={state.hide} />}
          {!all && moreUnderEverything && <p className="note">{moreUnderEverything}</p>}
        </section>

        {run.answers && (
          <PanelBoundary name={t('panelName.answers')} resetKey={run}>
            <Suspense fallback={null}>
              <WhoDidItPanel run={run} step={step} asset={vm.trainedAsset} />
            </Suspense>
          </PanelBoundary>
        )}

        {all && (
          <ExploreFreely
            vm={vm}
            drawWhole={drawWhole}
            highlight={highlight}
            onHighlight={setHighlight}
            onOpenLevels={onOpenLevels}
            onCell={onCell}
          />
        )}
        {shows('lab') && (
          <PanelBoundary name={t('panelName.lab')}>
            {/* Built when scrolled near (or at once when the URL opens the lab with settings). */}
            <NearViewport
              eager={state.lab !== DEFAULT_RACE}
              placeholder={<PanelLoading name={t('panelName.lab')} panel="lab" />}
            >
              <Suspense fallback={<PanelLoading name={t('panelName.lab')} panel="lab" />}>
                <TrainingLab
                  settings={state.lab}
                  onSettings={(settings) => dispatch({ type: 'lab', settings })}
                  onOpenTrained={openInTimeline}
                  onOpenInExplainer={openInExplainer}
                  essentials={!all}
                />
              </Suspense>
            </NearViewport>
          </PanelBoundary>
        )}
        {shows('observatory') && (
          <PanelBoundary name={t('panelName.observatory')}>
            <Suspense fallback={<PanelLoading name={t('panelName.observatory')} />}>
              <ObservatoryPanel onOpenInTimeline={openInTimeline} />
            </Suspense>
          </PanelBoundary>
        )}
      </main>
      <HowThisWasMade run={run} labTrained={state.trained !== null} hidden={state.hide} />
      {state.tour !== null && (
        <Suspense fallback={null}>
          <GuidedTour state={state} dispatch={dispatch} run={run} pending={pending} />
        </Suspense>
      )}
      {shareOpen && (
        <Suspense fallback={null}>
          <ShareDialog
            open={shareOpen}
            onClose={() => setShareOpen(false)}
            link={`${here}${encodeSearch(state, 'full')}`}
            embedLink={`${here}${encodeSearch(state, 'embed') || '?embed=1'}`}
            search={encodeSearch(state, 'present')}
            opened={state.trained}
          />
        </Suspense>
      )}
    </div>
  );
}
