/**
 * Memory of the first word, as a beginner can read it: run the same cells on the same sequence
 * with only the first token swapped ("Alice" → "Bob") and plot how far the hidden state ends up
 * from the original, ‖h_t − h′_t‖, step by step on a log scale. A line falling by orders of
 * magnitude means the first word is forgotten; a flat line means it is still in the state.
 * (The gradient signal ‖∂h_t/∂x_1‖ is a different quantity and lives in level 2.)
 */
import { useState } from 'react';
import { t } from '../../i18n/t';
import { Trans } from '../../i18n/Trans';
import { useFitWidth } from '../shared/useFitWidth';
import { CELL_FAMILIES } from '../../state/config';
import type { CellFamily } from '../../state/config';
import type { FirstTokenSwap, MemoryCurve } from '../../compute/run';
import { familyStroke } from './scales';
import { LogLineChart } from './LogLineChart';
import { MemoryTable, curveSummary } from './CurveTable';
import { halfLifeDefinition } from './curveText';
import { shorten } from '../shared/graphemes';
import { spotCoreHook, spotHook } from '../shared/spotlight';
import { figureHook } from '../shared/figureHooks';

export { halfLifeDefinition, halfLifeText, shareOfStep1 } from './curveText';
export { pct } from '../../compute/format';

export interface MemoryChartProps {
  memory: Record<CellFamily, MemoryCurve>;
  swap: FirstTokenSwap;
  labels: string[];
  step: number;
  current: CellFamily;
  onSelect: (step: number) => void;
  /** Cells drawn with random weights beside trained ones: marked so, never passed off as trained. */
  untrained?: readonly CellFamily[];
}

/** The full page's chart, drawn at its designed size (CompactMemoryChart.tsx is the slides' one). */
/** Short names at the lines' ends (the table below names each cell in full). */
const END_NAMES: Record<CellFamily, string> = {
  vanilla: 'vanilla',
  lstm: 'LSTM',
  gru: 'GRU',
  mingru: 'minGRU',
};

export function MemoryChart({
  memory,
  swap,
  labels,
  step,
  current,
  onSelect,
  untrained = [],
}: MemoryChartProps) {
  const [hover, setHover] = useState<number | null>(null);
  const T = labels.length;
  const shown = hover ?? step;
  const curves = CELL_FAMILIES.map((f) => memory[f]);
  // A link can carry a 5,000-character word: the sentences quote it shortened (the timeline clips it too).
  const from = shorten(swap.from, 24);
  const to = shorten(swap.to, 24);
  // Drawn at the width it gets, not scaled down from 760: on a phone a scaled chart was ~85 px tall
  // with 5 px labels; at its own width its labels stay 11 px and it keeps its axis titles.
  const { ref: box, width: W, fitted: narrow } = useFitWidth(760, 200);
  // Differences this small are float64 rounding, not memory: the caption says so when a line gets there.
  const noise = curves.some((c) => c.values.some((v) => v > 0 && v < 1e-14));
  return (
    <figure className="memory panel" {...spotHook('memory')}>
      <h2 id="memory-title">{t('memory.title', { noun: swap.noun })}</h2>
      <p className="note swap-lead">
        <Trans id="memory.lead" values={{ noun: swap.noun, from, to }} components={{ 0: <sub /> }} />
      </p>
      <div ref={box} className="memory-chart-box">
        <LogLineChart
          series={CELL_FAMILIES.map((f) => ({
            key: f,
            ...familyStroke(f, current),
            values: memory[f].values,
            label: untrained.includes(f) ? `${END_NAMES[f]}\nrandom` : END_NAMES[f],
          }))}
          marker={shown}
          markerIsHover={hover !== null}
          width={W}
          height={narrow ? 220 : 250}
          yTitle="‖h_t − h′_t‖ (log)"
          labelledBy="memory-title memory-caption"
          className={narrow ? 'memory-chart fitted' : 'memory-chart'}
          hooks={{ ...spotCoreHook('memory'), ...figureHook('memory-chart') }}
          onHover={setHover}
          onSelect={onSelect}
        />
      </div>
      <figcaption id="memory-caption">
        <Trans
          id="memory.caption"
          values={{ noun: swap.noun, from, to, summary: curveSummary(curves, T) }}
          components={{ 0: <sub /> }}
        />
        {noise ? ` ${t('memory.noise')}` : ''} {halfLifeDefinition()}
      </figcaption>
      <MemoryTable
        curves={curves}
        current={current}
        labels={labels}
        shown={shown}
        hovering={hover !== null}
        noun={swap.noun}
        untrained={untrained}
      />
    </figure>
  );
}
