/** How per-step curves (memory, gradient signal) are put into words: shares, percentages, half-lives. */
import type { MemoryCurve } from '../../compute/run';
import { shareOfStep1 } from '../../compute/stepShare';
import { t } from '../../i18n/i18n';
import { fixed, formatNumber } from '../../i18n/numbers';

export { shareOfStep1 };

/** The half-life as a reader should read it; `null` means it never halved here. */
export function halfLifeText(c: MemoryCurve, T: number): string {
  if (c.halfLife === null) return T > 1 ? t('halfLife.none') : '—';
  if (c.halfLife < 0.1) return t('halfLife.tiny');
  const count = c.halfLife < 10 ? Math.round(c.halfLife * 10) / 10 : Math.round(c.halfLife);
  const n = c.halfLife < 10 ? fixed(c.halfLife, 1) : formatNumber(count);
  return t('halfLife.steps', { n, count });
}

/** What the half-life means, said wherever one is shown. */
export const halfLifeDefinition = (): string => t('halfLife.definition');
