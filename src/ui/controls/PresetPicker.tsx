import { PRESETS, TRAINED_CAPTION, presetById } from '../../state/presets';
import type { PresetId } from '../../state/presets';
import { RadioGroup } from './RadioGroup';

export function PresetPicker({ value, onChange, trained = false }: { value: PresetId | null; onChange: (id: PresetId) => void; trained?: boolean }) {
  const preset = value ? presetById(value) : undefined;
  const caption = preset ? (trained ? (preset.trainedCaption ?? TRAINED_CAPTION) : preset.caption) : 'Your own settings — pick a preset to start a guided demo.';
  return (
    <div className="presets">
      <RadioGroup legend="Presets" name="preset" options={PRESETS.map((p) => ({ value: p.id, label: p.label }))} value={value} onChange={onChange} />
      <p className="caption" aria-live="polite">
        {caption}
      </p>
    </div>
  );
}
