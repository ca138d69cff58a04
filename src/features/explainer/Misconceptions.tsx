/**
 * Five common misconceptions, named where they arise and answered with this run's own numbers.
 */
import { gateStats } from '../../compute/run';
import type { DeepRun, Run } from '../../compute/run';
import { CELL_LABELS } from '../../state/config';
import { fmt } from '../../ui/charts/scales';
import { paramCount } from '../../ui/controls/ParamCount';
import { halfLifeText, pct, shareOfStep1 } from '../../ui/charts/MemoryChart';
import { t } from '../../i18n/t';
import { Trans } from '../../i18n/Trans';
import { formatNumber, leftToRight } from '../../i18n/numbers';

export function Misconceptions({ run, deep }: { run: Run; deep: DeepRun }) {
  const T = run.labels.length;
  const H = run.trace.model.spec.hiddenSize;
  const cell = run.config.cell;
  const mem = run.memory[cell];
  // The LSTM's mean forget gate over every step and unit (gate block 1: PyTorch's i, f, g, o).
  const f = gateStats(run.traces.lstm, 1).mean;
  const steps = { n: formatNumber(T), count: T };
  const hidden = { h: formatNumber(H), hCount: H };
  return (
    <section className="deep misconceptions" aria-labelledby="misc-title">
      <h3 id="misc-title">{t('misc.title')}</h3>
      <dl>
        <dt>{t('misc.layers.claim')}</dt>
        <dd>
          {t('misc.layers.answer', steps)} <Trans id="misc.layers.depth" components={{ 0: <code /> }} />
        </dd>
        <dt>{t('misc.size.claim')}</dt>
        <dd>
          {t('misc.size.answer', { ...steps, ...hidden, params: formatNumber(paramCount(run, 'lstm')) })}
        </dd>
        <dt>{t('misc.store.claim')}</dt>
        <dd>
          {t('misc.store.answer', {
            ...steps,
            ...hidden,
            cell: CELL_LABELS[cell],
            share: pct(T > 1 ? shareOfStep1(mem, T - 1) : 1),
            halfLife: halfLifeText(mem, T),
          })}
        </dd>
        <dt>{t('misc.lstm.claim')}</dt>
        <dd>
          {t('misc.lstm.answer', {
            f: fmt(f, 2),
            bias: run.trained ? t('misc.lstm.asTrained') : fmt(run.config.forgetBias, 1),
            keep: pct(f),
            // One left-to-right formula, so Arabic keeps the power after its base.
            decay: leftToRight(`${fmt(f, 2)}²⁰ ≈ ${fmt(f ** 20)}`),
          })}
        </dd>
        <dt>{t('misc.clip.claim')}</dt>
        <dd>{t('misc.clip.answer', { term: fmt(deep.lags.vanilla[0]) })}</dd>
      </dl>
    </section>
  );
}
