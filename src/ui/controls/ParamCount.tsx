/**
 * Two misconceptions, answered with this run's numbers: the parameter count does not depend on the
 * sequence length (the same weights serve every step), and the hidden state is a fixed-size, lossy
 * summary — H numbers, however many tokens were read.
 */
import { CELL_FAMILIES, CELL_LABELS } from '../../state/config';
import { t } from '../../i18n/t';
import type { Run } from '../../compute/run';
import { formatNumber } from '../../i18n/numbers';

export function paramCount(run: Run, family: (typeof CELL_FAMILIES)[number]): number {
  const p = run.traces[family].model.params.l0;
  return p.wIh.length + p.wHh.length + p.bIh.length + p.bHh.length;
}

export function ParamCount({ run }: { run: Run }) {
  const T = run.labels.length;
  const H = run.trace.model.spec.hiddenSize;
  return (
    <p className="note param-count">
      {t('params.lead')}{' '}
      {CELL_FAMILIES.map((f, i) => (
        <span key={f}>
          {i > 0 ? ' · ' : ''}
          {CELL_LABELS[f]} <strong>{formatNumber(paramCount(run, f))}</strong>
        </span>
      ))}
      {t('params.why', { T, H })}
    </p>
  );
}
