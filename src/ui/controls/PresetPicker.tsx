import { PRESETS, PRESET_IDS, presetById, trainedCaption } from '../../state/presets';
import type { PresetId } from '../../state/presets';
import { usePart } from '../../i18n/usePart';
import { t } from '../../i18n/t';
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
  /** The "LSTM at forget bias 0" button is below: a caption may point at it. */
  compareButton?: boolean;
}

export function PresetPicker({
  value,
  config,
  onChange,
  trained = false,
  opened = false,
  compareButton = false,
}: Props) {
  const preset = value ? presetById(value) : undefined;
  // The captions for another cell and for trained weights load just after the first paint; the
  // preset's own caption (the first screen's) stands in until they are in.
  const ready = usePart('captions');
  const caption = opened
    ? t('presets.opened')
    : !ready
      ? (preset?.caption ?? t('presets.own'))
      : trained && preset
        ? (preset.trainedCaption ?? trainedCaption())
        : (captionFor(value, config, PRESET_IDS, compareButton) ?? t('presets.own'));
  return (
    <div className="presets">
      <RadioGroup
        legend={t('presets.legend')}
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
