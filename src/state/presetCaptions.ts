/**
 * What each preset says, for whichever cell the reader switched to: a preset fixes the sequence
 * and the knobs, the cell switch stays free, and a caption written for the LSTM must not sit beside
 * a vanilla RNN. The numbers these sentences promise are asserted by tests/state/presetCaptions.test.ts.
 */
import type { AppConfig, CellFamily } from './config';
import { CELL_LABELS, sameSettings } from './config';
import { LONG_LATE_WORD, LONG_LATE_WORD_INDEX, presetById } from './presets';
import type { Preset, PresetId } from './presets';

type Captions = Partial<Record<CellFamily, string>>;

const LATE = `“${LONG_LATE_WORD}” (step ${LONG_LATE_WORD_INDEX + 1})`;

/** Per preset, the caption for each cell other than the preset's own (its `caption`). */
const OTHER_CELLS: Record<PresetId, Captions> = {
  vanilla: {
    lstm: 'The same sentence in an LSTM (forget bias 1, the knob’s starting value): besides h it carries a cell state c — the lane on top of the timeline — guarded by gates. The “LSTM, gates open” preset opens its forget gates further.',
    gru: 'The same sentence in a GRU: its update gate z decides how much of the old memory to keep at each word; with these random weights z ≈ 0.5, so it keeps about half its state per step.',
    mingru:
      'The same sentence in a minGRU: its gate and candidate read only the current word, never the memory, so all it remembers passes through the blend h = (1 − z) ⊙ h + z ⊙ h̃.',
  },
  lstm: {
    vanilla:
      'A vanilla RNN has no cell state and no forget gate, so the forget bias of 3 this preset sets does nothing here. Switch back to LSTM to see the lane.',
    gru: 'A GRU has no forget gate, so this preset’s forget bias of 3 does not reach it: its update gate z sits near 0.5 with these random weights. Switch back to LSTM to see the lane.',
    mingru:
      'A minGRU has no forget gate, so this preset’s forget bias of 3 does not reach it. Switch back to LSTM to see the lane.',
  },
  gru: {
    vanilla:
      'A vanilla RNN has no update gate: each word rewrites the whole memory through one tanh layer. Switch back to GRU to see z.',
    lstm: 'The same sentence in an LSTM (forget bias 1): instead of z it has input, forget and output gates and a cell state c on top. Switch back to GRU to see z.',
    mingru:
      'The minGRU keeps the GRU’s update gate z but computes it from the word alone, not from the memory (no reset gate, no W_hh).',
  },
  long: {
    lstm: `The LSTM at forget bias 4 (gates nearly open) still carries “Alice” at ${LATE} — because of the bias: at 0, where PyTorch’s initialisation puts it on average, it forgets “Alice” too, nearly as fast as the vanilla RNN (the button below shows it).`,
    gru: `64 words in a GRU: with random weights its update gate z sits near 0.5, so by ${LATE} it has lost “Alice” about as completely as the vanilla RNN. The forget bias this preset sets is an LSTM knob.`,
    mingru: `64 words in a minGRU: its gate, read from each word alone, lets about half the old state through per step, so “Alice” is gone long before ${LATE}.`,
  },
  exploding: {
    lstm: 'The same ×3 recurrent weights in an LSTM: what explodes in this preset is the ReLU of its vanilla RNN, which lets the state grow without bound. An LSTM has no ReLU: its output h = o ⊙ tanh(c) stays between −1 and 1 (its cell state c can still grow), and nothing explodes here.',
    gru: 'The same ×3 recurrent weights in a GRU: what explodes in this preset is the ReLU of its vanilla RNN. A GRU has no ReLU: its state blends the old state with a tanh candidate, so it stays between −1 and 1 — no explosion here.',
    mingru:
      'A minGRU has no recurrent weights for the ×3 to scale — its gate and candidate read only the word — so nothing explodes here.',
  },
  timeseries: {},
};

const SERIES = 'A noisy sine wave fed one number per step (each token is the input value) into a';

/** The caption of preset `id` with `cell` selected. */
export function presetCaption(preset: Preset, cell: CellFamily): string {
  if (cell === preset.config.cell) return preset.caption;
  const own = OTHER_CELLS[preset.id][cell];
  if (own) return own;
  return preset.id === 'timeseries'
    ? `${SERIES} ${CELL_LABELS[cell]}: step through and watch the bars swing as the wave rises and falls.`
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
): string | null {
  const preset = presetId ? presetById(presetId) : undefined;
  if (preset) return presetCaption(preset, config.cell);
  const near = presetWithOtherBias(config, ids);
  if (!near) return null;
  const fb = config.forgetBias.toFixed(1);
  if (near.id === 'long' && config.forgetBias === 0 && config.cell === 'lstm')
    return `Long sequence, with the LSTM’s forget bias at 0 instead of 4: at 0 — where PyTorch’s initialisation puts it on average — its forget gates sit near 0.5 and by “she” it has lost “Alice” as the vanilla RNN and the GRU have (a half-life under 2 steps).`;
  return `${near.label}, with the LSTM’s forget bias at ${fb} instead of ${near.config.forgetBias.toFixed(1)}: compare the LSTM’s line in the memory chart with the preset’s.`;
}
