import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Dispatch } from 'react';
import { CellTypeSwitch } from './components/CellTypeSwitch';
import { Explainer } from './components/Explainer';
import { ExportPanel } from './components/ExportPanel';
import { Inspector } from './components/Inspector';
import type { SymbolKey } from './content/glossary';
import { Knobs } from './components/Knobs';
import { Legend } from './components/Legend';
import { MemoryChart, shareOfStep2 } from './components/MemoryChart';
import { PanelBoundary } from './components/PanelBoundary';
import { Playback } from './components/Playback';
import { PresetPicker } from './components/PresetPicker';
import { SequenceInput } from './components/SequenceInput';
import { ShareDialog } from './components/ShareDialog';
import { StateTable } from './components/StateTable';
import { StepReadout, describeStep } from './components/StepReadout';
import { ThemeSwitch } from './components/ThemeSwitch';
import { Timeline } from './components/Timeline';
import { useElementSize } from './components/useElementSize';
import { initialState, reducer } from './state/appState';
import type { Action, AppState } from './state/appState';
import { actionForMessage } from './state/hostMessages';
import { LONG_LATE_WORD_INDEX, presetById } from './state/presets';
import { safeComputeRun } from './state/run';
import type { Run } from './state/run';
import { encodeSearch } from './state/urlState';
import { useUrlSync } from './state/useUrlSync';

// The lab (and its worker) loads only when the full view shows it, never on the embed or projector views.
const TrainingLab = lazy(() => import('./lab/TrainingLab'));

/** What every view needs, derived once per render from the state. */
interface ViewModel {
  state: AppState;
  dispatch: Dispatch<Action>;
  run: Run;
  step: number;
  extent: number;
  select: (s: number) => void;
}

export function App({ initial, notices = [] }: { initial?: AppState; notices?: string[] }) {
  const [state, dispatch] = useReducer(reducer, initial ?? initialState());
  useUrlSync(state, dispatch);
  // The expensive part runs only when the configuration changes, never on step selection.
  const run = useMemo(() => safeComputeRun(state.config, state.trained), [state.config, state.trained]);
  const T = run.labels.length;
  const step = Math.min(state.step, T - 1);
  const stream = run.trace.streams.l0;
  const extent = useMemo(() => Math.max(1, ...Array.from(stream.h, Math.abs)), [stream]);
  const select = useCallback((s: number) => dispatch({ type: 'select', step: s }), []);

  useEffect(() => {
    if (state.theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = state.theme;
  }, [state.theme]);

  useEffect(() => {
    if (!state.playing) return;
    const id = window.setInterval(() => dispatch({ type: 'tick', last: T - 1 }), state.speedMs);
    return () => window.clearInterval(id);
  }, [state.playing, state.speedMs, T]);

  // A host page (slide deck) may drive the view; anything that is not a valid message is ignored.
  const stepRef = useRef(step);
  stepRef.current = step;
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const action = actionForMessage(e.data, stepRef.current, T - 1);
      if (action) dispatch(action);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [T]);

  const vm: ViewModel = { state, dispatch, run, step, extent, select };
  if (state.view === 'embed') return <EmbedView vm={vm} />;
  if (state.view === 'present') return <PresenterView vm={vm} />;
  return <FullView vm={vm} notices={notices} />;
}

function TimelineBlock({ vm, fit, highlight }: { vm: ViewModel; fit?: { width: number; height: number }; highlight?: string | null }) {
  const { state, run, step, extent, select } = vm;
  return (
    <Timeline
      labels={run.labels}
      trace={run.trace}
      step={step}
      onSelect={select}
      extent={extent}
      marked={state.preset === 'long' ? LONG_LATE_WORD_INDEX : undefined}
      fit={fit}
      highlight={highlight}
    />
  );
}

function PlaybackBlock({ vm, compact }: { vm: ViewModel; compact?: boolean }) {
  const { state, dispatch, run, step, select } = vm;
  return (
    <Playback
      playing={state.playing}
      step={step}
      total={run.labels.length}
      speedMs={state.speedMs}
      onPlay={() => dispatch({ type: 'play' })}
      onPause={() => dispatch({ type: 'pause' })}
      onSelect={select}
      onSpeed={(ms) => dispatch({ type: 'speed', ms })}
      compact={compact}
    />
  );
}

function FullView({ vm, notices }: { vm: ViewModel; notices: string[] }) {
  const { state, dispatch, run, step, extent, select } = vm;
  const [shareOpen, setShareOpen] = useState(false);
  const [highlight, setHighlight] = useState<SymbolKey | null>(null);
  const onOpenLevels = useCallback((levels: number[]) => dispatch({ type: 'levels', levels }), [dispatch]);
  const [shownNotices, setShownNotices] = useState(notices);
  const family = run.config.cell;
  const stream = run.trace.streams.l0;
  const mem = run.memory[family];
  const T = run.labels.length;
  const here = `${window.location.origin}${window.location.pathname}`;

  return (
    <div className="app">
      <header className="masthead">
        <div>
          <h1>How a recurrent network remembers</h1>
          <p className="lead">
            An RNN reads a sequence one token at a time with <strong>the same small network</strong> at every step, and carries a
            memory vector — the hidden state <em>h</em> — from each step to the next. After the last token, that memory is its
            summary of everything it read. Click any step to look inside.
          </p>
        </div>
        <div className="masthead-tools">
          <button type="button" onClick={() => setShareOpen(true)}>
            Share
          </button>
          <a className="button-link" href={encodeSearch(state, 'present') || '?present=1'}>
            Presenter mode
          </a>
          <ThemeSwitch value={state.theme} onChange={(theme) => dispatch({ type: 'theme', theme })} />
        </div>
      </header>
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
          <PresetPicker value={state.preset} onChange={(id) => dispatch({ type: 'preset', id })} />
          <CellTypeSwitch value={family} onChange={(cell) => dispatch({ type: 'cell', cell })} />
        </section>

        <section className="timeline-panel panel" aria-label="Timeline of hidden states">
          <div className="timeline-head">
            <PlaybackBlock vm={vm} />
            <Legend extent={extent} />
          </div>
          {run.messages.length > 0 && (
            <div className="run-messages" role="status">
              {run.messages.map((m) => (
                <p key={m}>{m}</p>
              ))}
              {run.trained && (
                <button type="button" onClick={() => dispatch({ type: 'close-trained' })}>
                  Back to the sentence (random weights)
                </button>
              )}
            </div>
          )}
          <PanelBoundary name="Timeline" resetKey={run}>
            <TimelineBlock vm={vm} highlight={highlight} />
          </PanelBoundary>
          <StepReadout text={describeStep(stream, step, run.labels[step], mem.influence[step], T > 1 ? shareOfStep2(mem, step) : null)} />
        </section>

        <div className="columns">
          <PanelBoundary name="Inspector" resetKey={run}>
            <Inspector family={family} nonlinearity={state.config.nonlinearity} stream={stream} step={step} label={run.labels[step]} extent={extent} highlight={highlight} />
          </PanelBoundary>
          <PanelBoundary name="Memory chart" resetKey={run}>
            <MemoryChart memory={run.memory} labels={run.labels} step={step} current={family} onSelect={select} />
          </PanelBoundary>
        </div>

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
            <Knobs config={state.config} onChange={(key, value) => dispatch({ type: 'knob', key, value })} />
          </section>
        </div>
        <PanelBoundary name="Explainer" resetKey={run}>
          <Explainer
            run={run}
            step={step}
            open={state.levels}
            onOpen={onOpenLevels}
            highlight={highlight}
            onHighlight={setHighlight}
          />
        </PanelBoundary>
        <PanelBoundary name="Training lab">
          <Suspense fallback={<section className="panel" aria-label="Training lab"><h2>Training lab</h2><p>Loading the lab…</p></section>}>
            <TrainingLab
              settings={state.lab}
              onSettings={(settings) => dispatch({ type: 'lab', settings })}
              onOpenTrained={(bundle) => {
                dispatch({ type: 'open-trained', bundle });
                document.querySelector('.timeline-panel')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
              }}
            />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary name="State table" resetKey={run}>
          <StateTable stream={stream} labels={run.labels} step={step} />
        </PanelBoundary>
        <PanelBoundary name="Export panel" resetKey={run}>
          <ExportPanel run={run} />
        </PanelBoundary>
      </main>
      <footer className="footer">
        Computed live in your browser in float64 by an engine that matches PyTorch&apos;s <code>nn.RNN</code>, <code>nn.LSTM</code> and{' '}
        <code>nn.GRU</code> to 1e-9. {run.trained ? 'The timeline shows weights trained in the lab below.' : 'Weights are randomly initialised (seeded), not trained: the point is how memory flows; the training lab below trains them.'}
      </footer>
      <ShareDialog
        open={shareOpen}
        onClose={() => setShareOpen(false)}
        link={`${here}${encodeSearch(state, 'full')}`}
        embedLink={`${here}${encodeSearch(state, 'embed') || '?embed=1'}`}
      />
    </div>
  );
}

function EmbedView({ vm }: { vm: ViewModel }) {
  const { state, dispatch, run, step, select } = vm;
  const tlRef = useRef<HTMLDivElement>(null);
  const chRef = useRef<HTMLDivElement>(null);
  const tlSize = useElementSize(tlRef);
  const chSize = useElementSize(chRef);
  return (
    <main className="embed" aria-label="RNN Explainer (embedded)">
      <h1 className="visually-hidden">How a recurrent network remembers</h1>
      <div className="embed-bar">
        <CellTypeSwitch value={run.config.cell} onChange={(cell) => dispatch({ type: 'cell', cell })} />
        <PlaybackBlock vm={vm} compact />
        <a href={encodeSearch(state, 'full') || './'} target="_blank" rel="noopener" className="open-full">
          Open in full explainer ↗
        </a>
      </div>
      <div className="embed-timeline" ref={tlRef}>
        <TimelineBlock vm={vm} fit={tlSize} />
      </div>
      <div className="embed-chart" ref={chRef}>
        {chSize.width > 0 && <MemoryChart memory={run.memory} labels={run.labels} step={step} current={run.config.cell} onSelect={select} size={chSize} />}
      </div>
    </main>
  );
}

const NEXT_KEYS = new Set(['ArrowRight', ' ', 'PageDown']);
const PREV_KEYS = new Set(['ArrowLeft', 'PageUp']);

function PresenterView({ vm }: { vm: ViewModel }) {
  const { state, dispatch, run, step, extent, select } = vm;
  const T = run.labels.length;
  const family = run.config.cell;
  const caption = state.preset ? presetById(state.preset)?.caption : null;

  // Keyboard-only stepping for a clicker (PageDown/PageUp) or a laptop (arrows, space).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const tag = (e.target as HTMLElement | null)?.tagName;
      if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || (e.key === ' ' && tag === 'BUTTON')) return;
      let next: number | null = null;
      if (NEXT_KEYS.has(e.key)) next = Math.min(T - 1, step + 1);
      else if (PREV_KEYS.has(e.key)) next = Math.max(0, step - 1);
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = T - 1;
      if (next === null) return;
      e.preventDefault();
      select(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [T, step, select]);

  return (
    <main className="present" aria-label="RNN Explainer (presenter view)">
      <header className="present-head">
        <h1 className="present-counter" aria-live="polite">
          Step <strong>{step + 1}</strong> / {T}: <span className="token-chip">“{run.labels[step]}”</span>
        </h1>
        <CellTypeSwitch value={family} onChange={(cell) => dispatch({ type: 'cell', cell })} />
        <a className="button-link" href={encodeSearch(state, 'full') || './'}>
          Exit presenter
        </a>
      </header>
      {caption && <p className="present-caption">{caption}</p>}
      <TimelineBlock vm={vm} />
      <div className="columns">
        <Inspector family={family} nonlinearity={state.config.nonlinearity} stream={run.trace.streams.l0} step={step} label={run.labels[step]} extent={extent} />
        <MemoryChart memory={run.memory} labels={run.labels} step={step} current={family} onSelect={select} />
      </div>
      <p className="present-keys">→ / Space / PageDown: next step · ← / PageUp: previous · Home / End</p>
    </main>
  );
}
