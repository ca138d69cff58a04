/**
 * Untrained or trained weights for the sentence on the timeline. The trained models were trained on
 * "who did it?" and read any sentence of words; a number sequence has no trained model, which the
 * control says rather than hiding.
 */
import type { Weights } from '../../state/appState';
import { RadioGroup } from './RadioGroup';

export function WeightsSwitch({ value, words, onChange }: { value: Weights; words: boolean; onChange: (w: Weights) => void }) {
  if (!words) {
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
      ]}
      value={value}
      onChange={onChange}
    />
  );
}
