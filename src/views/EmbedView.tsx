/** The chrome-less view for an <iframe>: timeline, memory chart, cell switch and playback. */
import { useRef } from 'react';
import { CellTypeSwitch } from '../ui/controls/CellTypeSwitch';
import { CompactMemoryChart } from '../ui/charts/CompactMemoryChart';
import { useElementSize } from '../ui/shared/useElementSize';
import { encodeSearch } from '../state/urlState';
import { useForwardKeys } from '../features/embed/useForwardKeys';
import { PlaybackBlock, TimelineBlock } from './viewModel';
import type { ViewModel } from './viewModel';

export function EmbedView({ vm }: { vm: ViewModel }) {
  const { state, dispatch, run, pending, step, select } = vm;
  const tlRef = useRef<HTMLDivElement>(null);
  const tlSize = useElementSize(tlRef);
  useForwardKeys();
  return (
    <main className="embed" aria-label="RNN Explainer (embedded)" aria-busy={pending}>
      <h1 className="visually-hidden">How a recurrent network remembers</h1>
      <div className="embed-bar">
        <CellTypeSwitch value={state.config.cell} onChange={(cell) => dispatch({ type: 'cell', cell })} />
        <PlaybackBlock vm={vm} compact />
        <a href={encodeSearch(state, 'full') || './'} target="_blank" rel="noopener" className="open-full">
          Open in full explainer ↗
        </a>
      </div>
      <div className="embed-timeline" ref={tlRef}>
        <TimelineBlock vm={vm} fit={tlSize} />
      </div>
      <div className="embed-chart">
        <CompactMemoryChart memory={run.memory} swap={run.swap} labels={run.labels} step={step} current={run.config.cell} onSelect={select} />
      </div>
    </main>
  );
}

