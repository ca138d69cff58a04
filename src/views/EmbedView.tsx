/** The chrome-less view for an <iframe>: timeline, memory chart, cell switch and playback. */
import { t } from '../i18n/t';
import { useState } from 'react';
import { CellTypeSwitch } from '../ui/controls/CellTypeSwitch';
import { CompactMemoryChart } from '../ui/charts/CompactMemoryChart';
import { useSizeOf } from '../ui/shared/useSizeOf';
import { encodeSearch } from '../state/urlState';
import { useForwardKeys } from '../features/embed/useForwardKeys';
import { PlaybackBlock, TimelineBlock } from './viewModel';
import type { ViewModel } from './viewModel';
import { shorten } from '../ui/shared/graphemes';

/** The smallest embed (CSS px) that shows the timeline with its labels at 12 px or more. */
const SMALL = { width: 560, height: 420 };

export function EmbedView({ vm }: { vm: ViewModel }) {
  const { state, dispatch, run, pending, step, select } = vm;
  const [tl, tlRef] = useState<HTMLDivElement | null>(null);
  const tlSize = useSizeOf(tl);
  const [main, mainRef] = useState<HTMLElement | null>(null);
  const size = useSizeOf(main);
  // Below this the timeline's labels would be drawn under 12 px (a 480 × 270 slide drew them at
  // ~5 px): the embed shows the selected step in words and the chart at its own pixel size instead.
  const small = size.height > 0 && (size.height < SMALL.height || size.width < SMALL.width);
  // A host that chose its panels (`panels=`) gets them at any size: a 720 px notebook column gives
  // 405 px, where `auto` would drop the timeline.
  const { panels } = state;
  const showTimeline = panels === 'timeline' || panels === 'both' || (panels === 'auto' && !small);
  const showChart = panels !== 'timeline';
  const layout =
    showTimeline && showChart
      ? ''
      : showTimeline
        ? ' embed-one'
        : small
          ? ' embed-small'
          : ' embed-chart-only';
  useForwardKeys();
  return (
    <main className={`embed${layout}`} aria-label={t('view.embedLabel')} aria-busy={pending} ref={mainRef}>
      <h1 className="visually-hidden">{t('masthead.title')}</h1>
      <div className="embed-bar">
        {!state.hide.includes('cells') && (
          <CellTypeSwitch value={state.config.cell} onChange={(cell) => dispatch({ type: 'cell', cell })} />
        )}
        <PlaybackBlock vm={vm} compact />
        <a href={encodeSearch(state, 'full') || './'} target="_blank" rel="noopener" className="open-full">
          {t('embed.openFull')}
        </a>
      </div>
      {!showTimeline ? (
        <p className="embed-step" aria-live="polite">
          {t('embed.step', {
            step: step + 1,
            total: run.labels.length,
            token: shorten(run.labels[step], 24),
          })}
        </p>
      ) : (
        <div className="embed-timeline" ref={tlRef}>
          <TimelineBlock vm={vm} fit={tlSize} />
        </div>
      )}
      {showChart && (
        <div className="embed-chart">
          <CompactMemoryChart
            memory={run.memory}
            swap={run.swap}
            labels={run.labels}
            step={step}
            current={run.config.cell}
            onSelect={select}
            tickPx={small ? 12 : undefined}
          />
        </div>
      )}
    </main>
  );
}
