/** The projector view: large type, no prose, stepping by clicker or keyboard. */
import { useEffect } from 'react';
import { CellTypeSwitch } from '../components/controls/CellTypeSwitch';
import { Inspector } from '../components/inspector/Inspector';
import { MemoryChart } from '../components/charts/MemoryChart';
import { presetById } from '../state/presets';
import { encodeSearch } from '../state/urlState';
import { TimelineBlock } from './viewModel';
import type { ViewModel } from './viewModel';

const NEXT_KEYS = new Set(['ArrowRight', ' ', 'PageDown']);
const PREV_KEYS = new Set(['ArrowLeft', 'PageUp']);

export function PresenterView({ vm }: { vm: ViewModel }) {
  const { state, dispatch, run, pending, step, extent, select } = vm;
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
    <main className="present" aria-label="RNN Explainer (presenter view)" aria-busy={pending}>
      <header className="present-head">
        <h1 className="present-counter" aria-live="polite">
          Step <strong>{step + 1}</strong> / {T}: <span className="token-chip">“{run.labels[step]}”</span>
        </h1>
        <CellTypeSwitch value={state.config.cell} onChange={(cell) => dispatch({ type: 'cell', cell })} />
        <a className="button-link" href={encodeSearch(state, 'full') || './'}>
          Exit presenter
        </a>
      </header>
      {caption && <p className="present-caption">{caption}</p>}
      <TimelineBlock vm={vm} />
      <div className="columns">
        <Inspector family={family} nonlinearity={state.config.nonlinearity} stream={run.trace.streams.l0} step={step} label={run.labels[step]} extent={extent} bHh={run.trace.model.params.l0.bHh} />
        <MemoryChart memory={run.memory} swap={run.swap} labels={run.labels} step={step} current={family} onSelect={select} />
      </div>
      <p className="present-keys">→ / Space / PageDown: next step · ← / PageUp: previous · Home / End</p>
    </main>
  );
}
