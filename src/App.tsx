/** The app: state, the run it computes, host messages; then one of three views (full page, embed, presenter). */
import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useRef } from 'react';
import { initialState, reducer } from './state/appState';
import type { AppState } from './state/appState';
import { actionForMessage } from './state/hostMessages';
import { useRun } from './state/useRun';
import { useUrlSync } from './state/useUrlSync';
import { EmbedView } from './views/EmbedView';
import { FullView } from './views/FullView';
import { PresenterView } from './views/PresenterView';
import type { ViewModel } from './views/viewModel';

export function App({ initial, notices = [] }: { initial?: AppState; notices?: string[] }) {
  const [state, dispatch] = useReducer(reducer, initial ?? initialState());
  useUrlSync(state, dispatch);
  // The expensive part runs only when the configuration changes (off the main thread in the
  // browser), never on step selection or a cell switch.
  // The cell switch's radio answers at once; the views follow with the deferred cell, in a render
  // React splits into short slices.
  const cell = useDeferredValue(state.config.cell);
  const { run, pending } = useRun(state.config, cell, state.trained);
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

  const vm: ViewModel = { state, dispatch, run, pending, step, extent, select };
  if (state.view === 'embed') return <EmbedView vm={vm} />;
  if (state.view === 'present') return <PresenterView vm={vm} />;
  return <FullView vm={vm} notices={notices} />;
}

