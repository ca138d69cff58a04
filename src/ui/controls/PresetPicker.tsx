import { PRESETS, PRESET_IDS, TRAINED_CAPTION, presetById } from '../../state/presets';
import type { PresetId } from '../../state/presets';
import type { AppConfig } from '../../state/config';
import { captionFor } from '../../state/presetCaptions';
import { RadioGroup } from './RadioGroup';

interface Props {
  value: PresetId | null;
  config: AppConfig;
  onChange: (id: PresetId) => void;
  /** The shipped trained models are on. */
  trained?: boolean;
  /** Models from the lab or the observatory are open: no preset is on screen. */
  opened?: boolean;
}

export function PresetPicker({ value, config, onChange, trained = false, opened = false }: Props) {
  const preset = value ? presetById(value) : undefined;
  const caption = opened
    ? 'Trained models on a sequence of their own task, named on the timeline below; pick a preset to leave them.'
    : trained && preset
      ? (preset.trainedCaption ?? TRAINED_CAPTION)
      : (captionFor(value, config, PRESET_IDS) ??
        'Your own settings — pick a preset to start a guided demo.');
  return (
    <div className="presets">
      <RadioGroup
        legend="Presets"
        spot="presets"
        name="preset"
        options={PRESETS.map((p) => ({ value: p.id, label: p.label }))}
        value={value}
        onChange={onChange}
      />
      <p className="caption" aria-live="polite">
        {caption}
      </p>
    </div>
  );
}
