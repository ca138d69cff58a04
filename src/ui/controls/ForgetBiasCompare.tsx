/**
 * The LSTM's long memory on these pages depends on one knob: the forget-gate bias. Say which value
 * is in use, and compare with the other in one click (issue: the Long preset's LSTM remembers only
 * because its forget bias is 4; at 0 it forgets as fast as the vanilla RNN).
 */
import { Trans } from '../../i18n/Trans';
import { t } from '../../i18n/t';
import { fixed } from '../../i18n/numbers';
export function ForgetBiasCompare({
  forgetBias,
  onCompare,
}: {
  forgetBias: number;
  onCompare: (forgetBias: number) => void;
}) {
  const other = forgetBias === 0 ? 4 : 0;
  return (
    <p className="compare-note">
      <Trans
        id="compare.bias"
        values={{
          bias: fixed(forgetBias, 1),
          how: forgetBias === 0 ? 'default' : forgetBias > 0 ? 'opened' : 'closed',
        }}
        components={{ 0: <strong /> }}
      />{' '}
      <button type="button" onClick={() => onCompare(other)}>
        {t('compare.show', { bias: other })}
      </button>
    </p>
  );
}
