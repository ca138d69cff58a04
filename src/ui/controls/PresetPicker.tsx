import { PRESETS, PRESET_IDS, TRAINED_CAPTION, presetById } from '../../state/presets';
import type { PresetId } from '../../state/presets';
import type { AppConfig } from '../../state/config';
import { captionFor } from '../../state/presetCaptions';
import { RadioGroup } from './RadioGroup';

export function PresetPicker({ value, config, onChange, trained = false }: { value: PresetId | null; config: AppConfig; onChange: (id: PresetId) => void; trained?: boolean }) {
  const preset = value ? presetById(value) : undefined;
  const caption = trained && preset ? (preset.trainedCaption ?? TRAINED_CAPTION) : (captionFor(value, config, PRESET_IDS) ?? 'Your own settings — pick a preset to start a guided demo.');
  return (
    <div className="presets">
      <RadioGroup legend="Presets" name="preset" options={PRESETS.map((p) => ({ value: p.id, label: p.label }))} value={value} onChange={onChange} />
      <p className="caption" aria-live="polite">
        {caption}
      </p>
    </div>
  );
}
