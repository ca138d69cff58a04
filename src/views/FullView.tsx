/** The full explainer page: every panel, the explainer levels, the training lab. */
import { Suspense, lazy, useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { CellTypeSwitch } from '../ui/controls/CellTypeSwitch';
import { ForgetBiasCompare } from '../ui/controls/ForgetBiasCompare';
import { Inspector } from '../features/timeline/Inspector';
import type { SymbolKey } from '../content/glossary';
import { Knobs } from '../ui/controls/Knobs';
import { ParamCount } from '../ui/controls/ParamCount';
import { Legend } from '../features/timeline/Legend';
import { MemoryChart, shareOfStep1 } from '../ui/charts/MemoryChart';
import { NearViewport } from '../ui/shared/NearViewport';
import { PanelBoundary } from '../ui/shared/PanelBoundary';
import { DEFAULT_RACE } from '../train/settings';
import { PresetPicker } from '../ui/controls/PresetPicker';
import { SequenceInput } from '../ui/controls/SequenceInput';
import { StepReadout, describeStep } from '../features/timeline/StepReadout';
import { ThemeSwitch } from '../ui/controls/ThemeSwitch';
import { WeightsSwitch } from '../ui/controls/WeightsSwitch';
import { encodeSearch } from '../state/urlState';
import { Masthead } from './Masthead';
import { PlaybackBlock, TimelineBlock } from './viewModel';
import type { ViewModel } from './viewModel';
import type { CellFamily } from '../state/config';

// Below the fold, and kept out of the first screen's JavaScript: the explainer (prose, live math,
// deep dives), the export and share tools, and the lab (with its worker). Each loads right after
// the first paint; none is part of the embed or projector views.
const TrainingLab = lazy(() => import('../features/lab/TrainingLab'));
const Explainer = lazy(() => import('../features/explainer/Explainer').then((m) => ({ default: m.Explainer })));
const ExportPanel = lazy(() => import('../features/teachers/ExportPanel').then((m) => ({ default: m.ExportPanel })));
const StateTable = lazy(() => import('../features/timeline/StateTable').then((m) => ({ default: m.StateTable })));
const ObservatoryPanel = lazy(() => import('../features/observatory/ObservatoryPanel').then((m) => ({ default: m.ObservatoryPanel })));
// Shown only with trained weights, which load lazily too.
const WhoDidItPanel = lazy(() => import('../features/trained/WhoDidItPanel').then((m) => ({ default: m.WhoDidItPanel })));
const ShareDialog = lazy(() => import('../features/teachers/ShareDialog').then((m) => ({ default: m.ShareDialog })));

/** What a lazily loaded panel shows for the moment before its code arrives. */
function Loading({ name }: { name: string }) {
  return (
    <section className="panel" aria-label={name}>
      <h2>{name}</h2>
      <p className="note">Loading…</p>
    </section>
  );
}

export function FullView({ vm, notices }: { vm: ViewModel; notices: string[] }) {
  const { state, dispatch, run, pending, step, extent, select } = vm;
  const [shareOpen, setShareOpen] = useState(false);
  const [highlight, setHighlight] = useState<SymbolKey | null>(null);
  const onOpenLevels = useCallback((levels: number[]) => dispatch({ type: 'levels', levels }), [dispatch]);
  const onCell = useCallback((cell: CellFamily) => dispatch({ type: 'cell', cell }), [dispatch]);
  const [shownNotices, setShownNotices] = useState(notices);
  // Exports draw the whole timeline for a moment (it normally draws only what is in view).
  const [drawAll, setDrawAll] = useState(false);
  const drawWhole = useCallback((on: boolean) => flushSync(() => setDrawAll(on)), []);
  const family = run.config.cell;
  const stream = run.trace.streams.l0;
  const mem = run.memory[family];
  const T = run.labels.length;
  const here = `${window.location.origin}${window.location.pathname}`;

  return (
    <div className="app">
      <Masthead>
        <button type="button" onClick={() => setShareOpen(true)}>
          Share
        </button>
        <a className="button-link" href={encodeSearch(state, 'present') || '?present=1'}>
          Presenter mode
        </a>
        <ThemeSwitch value={state.theme} onChange={(theme) => dispatch({ type: 'theme', theme })} />
      </Masthead>
      {shownNotices.length > 0 && (
        <div className="notice" role="status">
          {shownNotices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" onClick={() => setShownNotices([])}>
            Dismiss
          </button>
        </div>
      )}

      <main>
        <section className="controls panel" aria-label="What to run">
          <PresetPicker value={state.preset} onChange={(id) => dispatch({ type: 'preset', id })} trained={run.trained !== null && !state.trained} />
          <WeightsSwitch value={state.weights} words={state.config.input.mode === 'words'} onChange={(weights) => dispatch({ type: 'weights', weights })} />
          {(state.config.cell === 'lstm' || state.preset === 'long') && !run.trained && (
            <ForgetBiasCompare
              forgetBias={state.config.forgetBias}
              onCompare={(value) => {
                dispatch({ type: 'cell', cell: 'lstm' });
                dispatch({ type: 'knob', key: 'forgetBias', value });
              }}
            />
          )}
          <CellTypeSwitch value={state.config.cell} onChange={(cell) => dispatch({ type: 'cell', cell })} />
        </section>

        <section className="timeline-panel panel" aria-label="Timeline of hidden states" aria-busy={pending}>
          <div className="timeline-head">
            <PlaybackBlock vm={vm} />
            <span className="pending" role="status">{pending ? 'Computing the new run…' : ''}</span>
            <Legend extent={extent} />
          </div>
          {run.messages.length > 0 && (
            <div className="run-messages" role="status">
              {run.messages.map((m) => (
                <p key={m}>{m}</p>
              ))}
              {run.trained && (
                <button type="button" onClick={() => dispatch(state.trained ? { type: 'close-trained' } : { type: 'weights', weights: 'untrained' })}>
                  Back to the sentence (random weights)
                </button>
              )}
            </div>
          )}
          <PanelBoundary name="Timeline" resetKey={run}>
            <TimelineBlock vm={vm} highlight={highlight} allBars={drawAll} />
          </PanelBoundary>
          <StepReadout text={describeStep(stream, step, run.labels[step], mem.values[step], T > 1 ? shareOfStep1(mem, step) : null)} />
        </section>

        <div className="columns">
          <PanelBoundary name="Inspector" resetKey={run}>
            <Inspector family={family} nonlinearity={state.config.nonlinearity} stream={stream} step={step} label={run.labels[step]} extent={extent} highlight={highlight} bHh={run.trace.model.params.l0.bHh} />
          </PanelBoundary>
          <PanelBoundary name="Memory chart" resetKey={run}>
            <MemoryChart memory={run.memory} swap={run.swap} labels={run.labels} step={step} current={family} onSelect={select} />
          </PanelBoundary>
        </div>

        {run.answers && (
          <PanelBoundary name="Trained models' answers" resetKey={run}>
            <Suspense fallback={null}>
              <WhoDidItPanel run={run} step={step} asset={vm.trainedAsset} />
            </Suspense>
          </PanelBoundary>
        )}

        <div className="columns">
          <section className="panel" aria-label="Your own sequence">
            <h2>Your own sequence</h2>
            <SequenceInput
              mode={state.config.input.mode}
              text={state.config.input.text}
              onApply={(mode, text) => dispatch({ type: 'input', mode, text })}
            />
          </section>
          <section className="panel" aria-label="Model knobs">
            <h2>Knobs</h2>
            {run.trained && <p className="note">The knobs shape the random (untrained) weights; the trained models on the timeline keep their own (hidden size {run.trace.model.spec.hiddenSize}).</p>}
            <Knobs config={state.config} onChange={(key, value) => dispatch({ type: 'knob', key, value })} />
            <ParamCount run={run} />
          </section>
        </div>
        <PanelBoundary name="Explainer" resetKey={run}>
          <Suspense fallback={<Loading name="Explainer" />}>
            <Explainer
              run={run}
              step={step}
              open={state.levels}
              onOpen={onOpenLevels}
              highlight={highlight}
              onHighlight={setHighlight}
              onCell={onCell}
            />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary name="Training lab">
          {/* Built when scrolled near (or at once when the URL opens the lab with settings). */}
          <NearViewport eager={state.lab !== DEFAULT_RACE} placeholder={<Loading name="Training lab" />}>
            <Suspense fallback={<Loading name="Training lab" />}>
              <TrainingLab
                settings={state.lab}
                onSettings={(settings) => dispatch({ type: 'lab', settings })}
                onOpenTrained={(bundle) => {
                  dispatch({ type: 'open-trained', bundle });
                  document.querySelector('.timeline-panel')?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
                }}
              />
            </Suspense>
          </NearViewport>
        </PanelBoundary>
        <PanelBoundary name="Neuron observatory">
          <Suspense fallback={<Loading name="Neuron observatory" />}>
            <ObservatoryPanel
              onOpenInTimeline={(bundle) => {
                dispatch({ type: 'open-trained', bundle });
                document.querySelector('.timeline-panel')?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
              }}
            />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary name="State table" resetKey={run}>
          <Suspense fallback={null}>
            <StateTable stream={stream} labels={run.labels} step={step} />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary name="Export panel" resetKey={run}>
          <Suspense fallback={<Loading name="Export" />}>
            <ExportPanel run={run} drawWhole={drawWhole} step={step} speedMs={state.speedMs} select={select} />
          </Suspense>
        </PanelBoundary>
      </main>
      <footer className="footer">
        Computed live in your browser in float64 by an engine that matches PyTorch&apos;s <code>nn.RNN</code>, <code>nn.LSTM</code> and{' '}
        <code>nn.GRU</code> to 1e-9. {run.trained ? (state.trained ? 'The timeline shows weights trained in the lab below.' : 'The timeline shows the shipped models trained on “who did it?” (Trained, under the presets).') : 'Weights are randomly initialised (seeded), not trained: the point is how memory flows; the training lab below trains them.'}
      </footer>
      {shareOpen && (
        <Suspense fallback={null}>
          <ShareDialog
            open={shareOpen}
            onClose={() => setShareOpen(false)}
            link={`${here}${encodeSearch(state, 'full')}`}
            embedLink={`${here}${encodeSearch(state, 'embed') || '?embed=1'}`}
            search={encodeSearch(state, 'present')}
          />
        </Suspense>
      )}
    </div>
  );
}

