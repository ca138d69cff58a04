import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { CellTypeSwitch } from './components/CellTypeSwitch';
import { Inspector } from './components/Inspector';
import { Knobs } from './components/Knobs';
import { Legend } from './components/Legend';
import { MemoryChart, shareOfStep2 } from './components/MemoryChart';
import { Playback } from './components/Playback';
import { PresetPicker } from './components/PresetPicker';
import { SequenceInput } from './components/SequenceInput';
import { StateTable } from './components/StateTable';
import { StepReadout, describeStep } from './components/StepReadout';
import { ThemeSwitch } from './components/ThemeSwitch';
import { Timeline } from './components/Timeline';
import { initialState, reducer } from './state/appState';
import type { AppState } from './state/appState';
import { LONG_LATE_WORD_INDEX } from './state/presets';
import { safeComputeRun } from './state/run';

export function App({ initial }: { initial?: AppState }) {
  const [state, dispatch] = useReducer(reducer, initial ?? initialState());
  const { config } = state;
  // The expensive part runs only when the configuration changes, never on step selection.
  const run = useMemo(() => safeComputeRun(config), [config]);
  const T = run.labels.length;
  const step = Math.min(state.step, T - 1);
  const stream = run.trace.streams.l0;
  const extent = useMemo(() => Math.max(1, ...Array.from(stream.h, Math.abs)), [stream]);
  const family = run.config.cell;

  useEffect(() => {
    if (!state.playing) return;
    const id = window.setInterval(() => dispatch({ type: 'tick', last: T - 1 }), state.speedMs);
    return () => window.clearInterval(id);
  }, [state.playing, state.speedMs, T]);

  const select = useCallback((s: number) => dispatch({ type: 'select', step: s }), []);
  const mem = run.memory[family];

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
        <ThemeSwitch />
      </header>

      <main>
        <section className="controls panel" aria-label="What to run">
          <PresetPicker value={state.preset} onChange={(id) => dispatch({ type: 'preset', id })} />
          <CellTypeSwitch value={family} onChange={(cell) => dispatch({ type: 'cell', cell })} />
        </section>

        <section className="timeline-panel panel" aria-label="Timeline of hidden states">
          <div className="timeline-head">
            <Playback
              playing={state.playing}
              step={step}
              total={T}
              speedMs={state.speedMs}
              onPlay={() => dispatch({ type: 'play' })}
              onPause={() => dispatch({ type: 'pause' })}
              onSelect={select}
              onSpeed={(ms) => dispatch({ type: 'speed', ms })}
            />
            <Legend extent={extent} />
          </div>
          {run.messages.length > 0 && (
            <div className="run-messages" role="status">
              {run.messages.map((m) => (
                <p key={m}>{m}</p>
              ))}
            </div>
          )}
          <Timeline
            labels={run.labels}
            trace={run.trace}
            step={step}
            onSelect={select}
            extent={extent}
            marked={state.preset === 'long' ? LONG_LATE_WORD_INDEX : undefined}
          />
          <StepReadout text={describeStep(stream, step, run.labels[step], mem.influence[step], T > 1 ? shareOfStep2(mem, step) : null)} />
        </section>

        <div className="columns">
          <Inspector family={family} nonlinearity={config.nonlinearity} stream={stream} step={step} label={run.labels[step]} extent={extent} />
          <MemoryChart memory={run.memory} labels={run.labels} step={step} current={family} onSelect={select} />
        </div>

        <div className="columns">
          <section className="panel" aria-label="Your own sequence">
            <h2>Your own sequence</h2>
            <SequenceInput
              mode={config.input.mode}
              text={config.input.text}
              messages={[]}
              onApply={(mode, text) => dispatch({ type: 'input', mode, text })}
            />
          </section>
          <section className="panel" aria-label="Model knobs">
            <h2>Knobs</h2>
            <Knobs config={config} onChange={(key, value) => dispatch({ type: 'knob', key, value })} />
          </section>
        </div>
        <StateTable stream={stream} labels={run.labels} step={step} />
      </main>
      <footer className="footer">
        Computed live in your browser in float64 by an engine that matches PyTorch's <code>nn.RNN</code>, <code>nn.LSTM</code> and{' '}
        <code>nn.GRU</code> to 1e-9. Weights are randomly initialised (seeded), not trained: the point is how memory flows.
      </footer>
    </div>
  );
}
