/**
 * When the reader runs their own sentence, the knobs on the page stay as they were — often a
 * preset's (Exploding's ×3 weights and ReLU). This says which ones differ from PyTorch's starting
 * point, so that a sentence that explodes is not a mystery.
 */
import type { AppConfig } from './config';
import { presetById } from './presets';
import type { PresetId } from './presets';

/** The settings of `config` that differ from PyTorch's defaults, in the reader's words. */
export function nonDefaultSettings(config: AppConfig): string[] {
  const out: string[] = [];
  if (config.cell === 'vanilla' && config.nonlinearity === 'relu') out.push('ReLU instead of tanh');
  if (config.weightScale !== 1) out.push(`recurrent weights ×${config.weightScale.toFixed(1)}`);
  if (config.cell === 'lstm' && config.forgetBias !== 0) out.push(`forget-gate bias ${config.forgetBias}`);
  if (config.cell === 'gru' && config.updateBias !== 0)
    out.push(`update-gate bias shifted by ${config.updateBias}`);
  return out;
}

/** The sentence shown after Run: what ran, and which settings came along from where. */
export function ranMessage(config: AppConfig, tokens: number, from: PresetId | null): string {
  const kept = nonDefaultSettings(config);
  const where = from ? ` from the ${presetById(from)?.label ?? from} preset` : '';
  const what = `Ran your ${tokens}-token sequence, shown in the timeline`;
  return kept.length === 0
    ? `${what}, at PyTorch’s starting settings (hidden size ${config.hidden}).`
    : `${what}, with the settings already on the page${where}: ${kept.join(', ')} (hidden size ${config.hidden}). Pick a preset or move the knobs to change them.`;
}
