/**
 * Untrained or trained weights for the sentence on the timeline. The trained models were trained on
 * "who did it?" and read any sentence of words; a number sequence has no trained model, which the
 * control says rather than hiding. While models from the lab (or the observatory) are open, the
 * control names them as a third choice, checked: leaving them is picking another.
 */
import type { Weights } from '../../state/appState';
import { t } from '../../i18n/t';
import type { TrainedBundle } from '../../state/trainedBundle';
import { RadioGroup } from './RadioGroup';

/** The open models' name, by where they came from. */
export const openedLabel = (source: NonNullable<TrainedBundle['source']>): string =>
  t(source === 'lab' ? 'weights.labModel' : 'weights.observatoryModel');

interface Props {
  value: Weights;
  words: boolean;
  /** Where the open models came from, or null when none is open. */
  opened?: TrainedBundle['source'] | null;
  onChange: (w: Weights) => void;
}

export function WeightsSwitch({ value, words, opened = null, onChange }: Props) {
  if (!words && !opened) {
    return <p className="note weights-note">{t('weights.numbersNote')}</p>;
  }
  return (
    <RadioGroup
      legend={t('weights.legend')}
      name="weights"
      options={[
        { value: 'untrained', label: t('weights.untrained') },
        { value: 'trained', label: t('weights.trained') },
        ...(opened || value === 'lab'
          ? [{ value: 'lab' as const, label: opened ? openedLabel(opened) : t('weights.labLoading') }]
          : []),
      ]}
      value={value}
      onChange={onChange}
    />
  );
}
