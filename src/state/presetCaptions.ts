/**
 * What each preset says, for whichever cell the reader switched to: a preset fixes the sequence
 * and the knobs, the cell switch stays free, and a caption written for the LSTM must not sit beside
 * a vanilla RNN. The numbers these sentences promise are asserted by tests/state/presetCaptions.test.ts.
 */
import type { AppConfig, CellFamily } from './config';
import { CELL_LABELS, sameSettings } from './config';
import { LONG_LATE_WORD, LONG_LATE_WORD_INDEX, presetById } from './presets';
import type { Preset, PresetId } from './presets';
import { t } from '../i18n/t';
import { fixed } from '../i18n/numbers';

/** Per preset, the cells other than its own with a caption of their own (`preset.<id>.on.<cell>`). */
const OTHER_CELLS: Record<PresetId, readonly CellFamily[]> = {
  vanilla: ['lstm', 'gru', 'mingru'],
  lstm: ['vanilla', 'gru', 'mingru'],
  gru: ['vanilla', 'lstm', 'mingru'],
  long: ['lstm', 'gru', 'mingru'],
  exploding: ['lstm', 'gru', 'mingru'],
  timeseries: [],
};

/** The late word the Long sequence's captions name, and its step. */
const LATE = { word: LONG_LATE_WORD, step: LONG_LATE_WORD_INDEX + 1 };

/**
 * The caption of preset `id` with `cell` selected. `compareButton`: the "LSTM at forget bias 0"
 * button is on the page below it (only in Everything, not with hide=knobs, not in the presenter),
 * so the Long sequence's LSTM caption may point at it.
 */
export function presetCaption(preset: Preset, cell: CellFamily, compareButton = false): string {
  if (cell === preset.config.cell) return preset.caption;
  if (preset.id === 'long' && cell === 'lstm' && compareButton) return t('preset.long.on.lstm.button', LATE);
  if (OTHER_CELLS[preset.id].includes(cell)) return t(`preset.${preset.id}.on.${cell}`, LATE);
  return preset.id === 'timeseries'
    ? t('preset.timeseries.other', { cell: CELL_LABELS[cell] })
    : preset.caption;
}

/**
 * The preset a configuration came from when only the LSTM's forget bias was changed (the "Show the
 * LSTM at forget bias 0" button does that), so the caption can follow instead of falling silent.
 */
export function presetWithOtherBias(config: AppConfig, ids: readonly PresetId[]): Preset | null {
  for (const id of ids) {
    const p = presetById(id)!;
    if (config.forgetBias !== p.config.forgetBias && sameSettings(config, p.config, ['forgetBias'])) return p;
  }
  return null;
}

/** The caption beside the presets: the preset's (for this cell), one that follows a changed forget bias, or none. */
export function captionFor(
  presetId: PresetId | null,
  config: AppConfig,
  ids: readonly PresetId[],
  compareButton = false,
): string | null {
  const preset = presetId ? presetById(presetId) : undefined;
  if (preset) return presetCaption(preset, config.cell, compareButton);
  const near = presetWithOtherBias(config, ids);
  if (!near) return null;
  if (near.id === 'long' && config.forgetBias === 0 && config.cell === 'lstm')
    return t('preset.long.biasZero', { word: LONG_LATE_WORD });
  return t('preset.otherBias', {
    preset: near.label,
    bias: fixed(config.forgetBias, 1),
    was: fixed(near.config.forgetBias, 1),
  });
}
