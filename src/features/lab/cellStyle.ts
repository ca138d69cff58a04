/** One colour and dash per cell in the lab, the same Okabe–Ito hues the memory chart uses. */
import type { CellKind } from '../../engine/types';
import { FAMILY_COLORS } from '../../ui/charts/scales';

export const CELL_COLORS: Record<CellKind, string> = {
  rnn_tanh: FAMILY_COLORS.vanilla,
  rnn_relu: FAMILY_COLORS.vanilla,
  lstm: FAMILY_COLORS.lstm,
  gru: FAMILY_COLORS.gru,
  mingru: FAMILY_COLORS.mingru,
};

export const CELL_DASH: Record<CellKind, string | undefined> = {
  rnn_tanh: undefined,
  rnn_relu: undefined,
  lstm: '7 3',
  gru: '2 3',
  mingru: '9 3 2 3',
};
