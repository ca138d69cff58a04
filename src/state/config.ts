/** What the reader has chosen; everything on screen is derived from this (state -> engine -> trace -> views). */
import type { CellFamily, Nonlinearity } from '../engine/cells/vocabulary';

export type { CellFamily, Nonlinearity } from '../engine/cells/vocabulary';
export { CELL_FAMILIES, engineCell, perFamily } from '../engine/cells/vocabulary';
export { CELL_LABELS } from '../content/cells';

export type InputMode = 'words' | 'numbers';

export interface AppConfig {
  cell: CellFamily;
  /** The vanilla cell's nonlinearity (torch.nn.RNN's `nonlinearity`); ignored by LSTM and GRU. */
  nonlinearity: Nonlinearity;
  input: { mode: InputMode; text: string };
  hidden: number;
  /** Multiplier on the recurrent matrix W_hh (1 = PyTorch's default initialisation). */
  weightScale: number;
  /** LSTM forget-gate bias (b_if; b_hf stays as initialised). */
  forgetBias: number;
  /**
   * Added to the GRU's update-gate input bias b_iz (PyTorch initialises it at random around 0);
   * PyTorch's z keeps the old state as z → 1, so a higher value makes the GRU keep more.
   */
  updateBias: number;
  seed: number;
}

export const LIMITS = {
  hidden: { min: 2, max: 64, step: 1 },
  weightScale: { min: 0.1, max: 4, step: 0.1 },
  forgetBias: { min: -4, max: 6, step: 0.5 },
  updateBias: { min: -4, max: 6, step: 0.5 },
  seed: { min: 1, max: 9999, step: 1 },
  maxTokens: 200,
} as const;

/** Whether two configurations run the same sequence with the same knobs; the cell (and any keys in `except`) may differ. */
export function sameSettings(
  a: AppConfig,
  b: AppConfig,
  except: readonly ('forgetBias' | 'updateBias')[] = [],
): boolean {
  return (
    a.input.mode === b.input.mode &&
    a.input.text === b.input.text &&
    a.nonlinearity === b.nonlinearity &&
    a.hidden === b.hidden &&
    a.weightScale === b.weightScale &&
    (except.includes('forgetBias') || a.forgetBias === b.forgetBias) &&
    (except.includes('updateBias') || a.updateBias === b.updateBias) &&
    a.seed === b.seed
  );
}
