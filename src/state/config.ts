/** What the reader has chosen; everything on screen is derived from this (state -> engine -> trace -> views). */
import type { CellKind } from '../engine';

export type InputMode = 'words' | 'numbers';

export type Nonlinearity = 'tanh' | 'relu';

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

/** The three families the cell switch offers; ReLU is a vanilla RNN with another nonlinearity. */
export type CellFamily = 'vanilla' | 'lstm' | 'gru';

export const engineCell = (family: CellFamily, nonlinearity: Nonlinearity): CellKind =>
  family === 'vanilla' ? (nonlinearity === 'relu' ? 'rnn_relu' : 'rnn_tanh') : family;

export const CELL_FAMILIES: readonly CellFamily[] = ['vanilla', 'lstm', 'gru'];

/** One value per cell family, e.g. a trace or a curve for each of the three cells. */
export function perFamily<T>(f: (family: CellFamily) => T): Record<CellFamily, T> {
  return Object.fromEntries(CELL_FAMILIES.map((family) => [family, f(family)])) as Record<CellFamily, T>;
}

export const CELL_LABELS: Record<CellFamily, string> = { vanilla: 'Vanilla RNN', lstm: 'LSTM', gru: 'GRU' };
