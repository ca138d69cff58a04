/** The projector view: large type, no prose, stepping by clicker or keyboard. */
import { t } from '../i18n/t';
import { Trans } from '../i18n/Trans';
import { useEffect, useState } from 'react';
import { usePart } from '../i18n/usePart';
import { LanguageSwitch } from '../ui/controls/LanguageSwitch';
import { CellTypeSwitch } from '../ui/controls/CellTypeSwitch';
import { useSizeOf } from '../ui/shared/useSizeOf';
import { PresenterReadout } from './PresenterReadout';
import { CompactMemoryChart } from '../ui/charts/CompactMemoryChart';
import { PRESET_IDS, presetById } from '../state/presets';
import { captionFor } from '../state/presetCaptions';
import { presenterExit } from './presenterExit';
import { isTextEntry } from '../ui/keys';
import { TimelineBlock } from './viewModel';
import type { ViewModel } from './viewModel';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown']);
const PREV_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** PowerPoint's and reveal.js's "black screen" keys. */
const BLANK_KEYS = new Set(['b', 'B', '.']);
/** The chart-only layout: the memory chart read from the back row of a 1024×768 projector. */
const CHART_KEYS = new Set(['c', 'C']);

export function PresenterView({ vm }: { vm: ViewModel }) {
  const { state, dispatch, run, pending, step, extent, select } = vm;
  const T = run.labels.length;
  const family = run.config.cell;
  const ready = usePart('captions');
  const caption = ready
    ? captionFor(state.preset, state.config, PRESET_IDS)
    : (presetById(state.preset ?? '')?.caption ?? null);
  const [blank, setBlank] = useState(false);
  const [chartOnly, setChartOnly] = useState(false);
  const exitHref = presenterExit(state);
  const [tl, tlRef] = useState<HTMLDivElement | null>(null);
  const tlSize = useSizeOf(tl);

  // A clicker (PageDown/PageUp) or a laptop (arrows, space) steps wherever focus is — on a timeline
  // cell, on the cell switch's radios, anywhere: the keys are taken in the capture phase, before the
  // focused control would turn them into "next radio" or "select this cell".
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target)) return;
      if (BLANK_KEYS.has(e.key)) {
        e.preventDefault();
        setBlank((b) => !b);
        return;
      }
      // While the screen is blank, a key only brings it back: a clicker's "next" that also stepped
      // would move on while the class could not see, and they would miss that step.
      if (
        blank &&
        (e.key === 'Escape' ||
          NEXT_KEYS.has(e.key) ||
          PREV_KEYS.has(e.key) ||
          e.key === 'Home' ||
          e.key === 'End')
      ) {
        e.preventDefault();
        e.stopPropagation();
        setBlank(false);
        return;
      }
      if (CHART_KEYS.has(e.key)) {
        e.preventDefault();
        setChartOnly((c) => !c);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        window.location.assign(exitHref);
        return;
      }
      let next: number | null = null;
      if (NEXT_KEYS.has(e.key)) next = Math.min(T - 1, step + 1);
      else if (PREV_KEYS.has(e.key)) next = Math.max(0, step - 1);
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = T - 1;
      if (next === null) return;
      e.preventDefault();
      e.stopPropagation();
      select(next);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [T, step, select, blank, exitHref]);

  return (
    <main
      className={chartOnly ? 'present present--chart' : 'present'}
      aria-label={t('view.presentLabel')}
      aria-busy={pending}
    >
      <header className="present-head">
        <h1 className="present-counter" aria-live="polite">
          <Trans
            id="present.counter"
            values={{ step: step + 1, total: T, token: run.labels[step] }}
            components={{ 0: <strong />, 1: <span className="token-chip" dir="auto" /> }}
          />
        </h1>
        {!state.hide.includes('cells') && (
          <CellTypeSwitch value={state.config.cell} onChange={(cell) => dispatch({ type: 'cell', cell })} />
        )}
        <LanguageSwitch value={state.lang} onChange={(lang) => dispatch({ type: 'lang', lang })} />
        <button type="button" aria-pressed={chartOnly} onClick={() => setChartOnly((c) => !c)}>
          {t('present.chartOnly')}
        </button>
        <a className="button-link" href={exitHref}>
          {t('present.exit')}
        </a>
      </header>
      {caption && <p className="present-caption">{caption}</p>}
      {!chartOnly && (
        <div className="present-timeline" ref={tlRef}>
          {tlSize.width > 0 && <TimelineBlock vm={vm} fit={tlSize} />}
        </div>
      )}
      <div className="present-bottom">
        {!chartOnly && <PresenterReadout stream={run.trace.streams.l0} step={step} extent={extent} />}
        <div className="present-chart panel">
          <CompactMemoryChart
            memory={run.memory}
            swap={run.swap}
            labels={run.labels}
            step={step}
            current={family}
            onSelect={select}
            tickPx={17}
            table
          />
        </div>
      </div>
      <p className="present-keys">{t('present.keys')}</p>
      {blank && (
        <div
          className="present-blank"
          role="status"
          aria-label={t('present.blanked')}
          onClick={() => setBlank(false)}
        />
      )}
    </main>
  );
}
