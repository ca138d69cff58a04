/**
 * What every view (full page, embed, presenter) gets from the App, and the two blocks they share:
 * the timeline and the playback controls.
 */
import { useMemo } from 'react';
import { listOf, t } from '../i18n/t';
import type { Dispatch } from 'react';
import { Playback } from '../features/timeline/Playback';
import { Timeline } from '../features/timeline/Timeline';
import type { Action, AppState } from '../state/appState';
import { LONG_LATE_WORD_INDEX } from '../state/presets';
import type { Run } from '../compute/run';
import type { WhoAsset } from '../compute/trainedWords';
import { answersAlong } from '../compute/readout';

/** What every view needs, derived once per render from the state. */
export interface ViewModel {
  state: AppState;
  dispatch: Dispatch<Action>;
  run: Run;
  /** A newer configuration is being computed; `run` is still the previous one. */
  pending: boolean;
  step: number;
  extent: number;
  select: (s: number) => void;
  /** The shipped trained models' asset once loaded (for their answers and how they were trained). */
  trainedAsset: WhoAsset | null;
}

export function TimelineBlock({
  vm,
  fit,
  highlight,
  allBars,
}: {
  vm: ViewModel;
  fit?: { width: number; height: number };
  highlight?: string | null;
  allBars?: boolean;
}) {
  const { state, run, step, extent, select } = vm;
  const answers = useMemo(() => answersAlong(run, run.config.cell), [run]);
  const timeline = (
    <Timeline
      labels={run.labels}
      trace={run.trace}
      step={step}
      onSelect={select}
      extent={extent}
      marked={state.preset === 'long' ? LONG_LATE_WORD_INDEX : undefined}
      fit={fit}
      highlight={highlight}
      allBars={allBars}
      answers={answers}
    />
  );
  // The answer row explains itself where the timeline scrolls (its label is at the far left).
  if (!answers || fit || !run.answers) return timeline;
  return (
    <>
      {timeline}
      <p className="note timeline-answers-note">
        {t('timeline.answersNote', { names: listOf(run.answers.classes) })}
      </p>
    </>
  );
}

export function PlaybackBlock({
  vm,
  compact,
  noSpeed,
}: {
  vm: ViewModel;
  compact?: boolean;
  noSpeed?: boolean;
}) {
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
      noSpeed={noSpeed}
    />
  );
}
