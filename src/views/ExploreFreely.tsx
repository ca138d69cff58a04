/**
 * Everything's free-play tools, after the lesson: your own sequence, the knobs, the hidden states as
 * a table and the exports; then the explainer's deeper levels.
 */
import { Suspense, lazy, useCallback, useState } from 'react';
import type { SymbolKey } from '../content/glossary';
import type { CellFamily } from '../state/config';
import type { HidePart } from '../state/hide';
import { Knobs } from '../ui/controls/Knobs';
import { ParamCount } from '../ui/controls/ParamCount';
import { SequenceInput } from '../ui/controls/SequenceInput';
import { PanelBoundary } from '../ui/shared/PanelBoundary';
import { pointAt } from '../ui/shared/spotlight';
import type { ranMessage as RanMessage } from '../state/keptSettings';
import type { PresetId } from '../state/presets';
import { PanelLoading } from './PanelLoading';
import { t } from '../i18n/t';
import { loadPart } from '../i18n/i18n';
import { usePart } from '../i18n/usePart';
import type { ViewModel } from './viewModel';

// Below the fold, and kept out of the first screen's JavaScript. Level 1 retells the story, whose
// last paragraph is in the part `panels`.
const Explainer = lazy(() =>
  Promise.all([import('../features/explainer/Explainer'), loadPart('levels'), loadPart('panels')]).then(
    ([m]) => ({
      default: m.Explainer,
    }),
  ),
);
const ExportPanel = lazy(() =>
  import('../features/teachers/ExportPanel').then((m) => ({ default: m.ExportPanel })),
);
const StateTable = lazy(() =>
  import('../features/timeline/StateTable').then((m) => ({ default: m.StateTable })),
);

interface ExploreFreelyProps {
  vm: ViewModel;
  drawWhole: (on: boolean) => void;
  highlight: SymbolKey | null;
  onHighlight: (k: SymbolKey | null) => void;
  onOpenLevels: (levels: number[]) => void;
  onCell: (cell: CellFamily) => void;
}

export function ExploreFreely({
  vm,
  drawWhole,
  highlight,
  onHighlight,
  onOpenLevels,
  onCell,
}: ExploreFreelyProps) {
  const ready = usePart('panels');
  const { state, dispatch, run, step, select, pending } = vm;
  const onPairShown = useCallback(() => dispatch({ type: 'pair-shown' }), [dispatch]);
  const shows = (part: HidePart) => !state.hide.includes(part);
  // After Run: the preset the sentence left (its knobs stay), until the reader picks a preset again.
  // The words load with the first Run (they are not part of the first screen's code).
  const [ranFrom, setRanFrom] = useState<{ from: PresetId | null; say: typeof RanMessage } | null>(null);
  // Below the first screen: its words are a lazy part of the catalogue, in a moment after the first paint.
  if (!ready) return null;
  return (
    <>
      <h2 className="section-title">{t('explore.title')}</h2>
      <div className="columns">
        {shows('sequence') && (
          <section className="panel" aria-label={t('explore.sequence')}>
            <h2>{t('explore.sequence')}</h2>
            <SequenceInput
              mode={state.config.input.mode}
              text={state.config.input.text}
              onApply={(mode, text) => {
                const from = state.preset ?? ranFrom?.from ?? null;
                void import('../state/keptSettings').then((m) => setRanFrom({ from, say: m.ranMessage }));
                dispatch({ type: 'input', mode, text });
                // The result is in the timeline, often a screen or more above (four on a phone).
                pointAt('timeline');
              }}
            />
            {ranFrom && state.preset === null && !state.trained && !pending && (
              <p className="note" role="status">
                {ranFrom.say(state.config, run.labels.length, ranFrom.from)}
              </p>
            )}
          </section>
        )}
        {shows('knobs') && (
          <section className="panel" aria-label={t('knobs.label')}>
            <h2>{t('knobs.title')}</h2>
            {run.trained && (
              <p className="note">{t('knobs.trainedNote', { hidden: run.trace.model.spec.hiddenSize })}</p>
            )}
            <Knobs
              config={state.config}
              hidden={state.hide}
              onChange={(key, value) => dispatch({ type: 'knob', key, value })}
            />
            <ParamCount run={run} />
          </section>
        )}
      </div>
      <PanelBoundary name={t('panelName.stateTable')} resetKey={run}>
        <Suspense fallback={null}>
          <StateTable stream={run.trace.streams.l0} labels={run.labels} step={step} />
        </Suspense>
      </PanelBoundary>
      {shows('export') && (
        <PanelBoundary name={t('panelName.export')} resetKey={run}>
          <Suspense fallback={<PanelLoading name={t('panelName.export')} />}>
            <ExportPanel
              run={run}
              drawWhole={drawWhole}
              step={step}
              speedMs={state.speedMs}
              select={select}
            />
          </Suspense>
        </PanelBoundary>
      )}
      {shows('levels') && (
        <PanelBoundary name={t('panelName.explainer')} resetKey={run}>
          <Suspense fallback={<PanelLoading name={t('panelName.explainer')} />}>
            <Explainer
              run={run}
              step={step}
              open={state.levels}
              onOpen={onOpenLevels}
              highlight={highlight}
              onHighlight={onHighlight}
              onCell={onCell}
              labPair={state.labPair}
              onPairShown={onPairShown}
              hidden={state.hide}
            />
          </Suspense>
        </PanelBoundary>
      )}
    </>
  );
}
