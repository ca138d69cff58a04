/**
 * When the reader runs their own sentence, the knobs on the page stay as they were — often a
 * preset's (Exploding's ×3 weights and ReLU). This says which ones differ from PyTorch's starting
 * point, so that a sentence that explodes is not a mystery.
 */
import type { AppConfig } from './config';
import { presetById } from './presets';
import type { PresetId } from './presets';
import { listOf, t } from '../i18n/t';
import { fixed, formatNumber } from '../i18n/numbers';

/** The settings of `config` that differ from PyTorch's defaults, in the reader's words. */
export function nonDefaultSettings(config: AppConfig): string[] {
  const out: string[] = [];
  if (config.cell === 'vanilla' && config.nonlinearity === 'relu') out.push(t('kept.relu'));
  if (config.weightScale !== 1) out.push(t('kept.weightScale', { scale: fixed(config.weightScale, 1) }));
  if (config.cell === 'lstm' && config.forgetBias !== 0)
    out.push(t('kept.forgetBias', { bias: formatNumber(config.forgetBias) }));
  if (config.cell === 'gru' && config.updateBias !== 0)
    out.push(t('kept.updateBias', { shift: formatNumber(config.updateBias) }));
  return out;
}

/** The sentence shown after Run: what ran, and which settings came along from where. */
export function ranMessage(config: AppConfig, tokens: number, from: PresetId | null): string {
  const kept = nonDefaultSettings(config);
  const values = { tokens, hidden: config.hidden };
  if (kept.length === 0) return t('kept.ranDefaults', values);
  const settings = listOf(kept);
  return from
    ? t('kept.ranFromPreset', { ...values, settings, preset: presetById(from)?.label ?? from })
    : t('kept.ranKept', { ...values, settings });
}
