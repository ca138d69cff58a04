/**
 * Untrained or trained weights for the sentence on the timeline. The trained models were trained on
 * "who did it?" and read any sentence of words; a number sequence has no trained model, which the
 * control says rather than hiding. While models from the lab (or the observatory) are open, the
 * control names them as a third choice, checked: leaving them is picking another.
 */
import type { Weights } from '../../state/appState';
import type { TrainedBundle } from '../../state/trainedBundle';
import { RadioGroup } from './RadioGroup';

export const OPENED_LABEL: Record<NonNullable<TrainedBundle['source']>, string> = {
  lab: 'Lab model',
  observatory: 'Observatory model',
};

interface Props {
  value: Weights;
  words: boolean;
  /** Where the open models came from, or null when none is open. */
  opened?: TrainedBundle['source'] | null;
  onChange: (w: Weights) => void;
}

export function WeightsSwitch({ value, words, opened = null, onChange }: Props) {
  if (!words && !opened) {
    return (
      <p className="note weights-note">
        Weights: untrained (random). The trained models read words; this sequence is numbers.
      </p>
    );
  }
  return (
    <RadioGroup
      legend="Weights"
      name="weights"
      options={[
        { value: 'untrained', label: 'Untrained' },
        { value: 'trained', label: 'Trained' },
        ...(opened || value === 'lab'
          ? [{ value: 'lab' as const, label: opened ? OPENED_LABEL[opened] : 'Lab model (loading…)' }]
          : []),
      ]}
      value={value}
      onChange={onChange}
    />
  );
}
