/**
 * The cells a trained run draws with random weights because no trained model of them ships (the
 * minGRU beside the trained vanilla RNN, LSTM and GRU): views mark them, never passing them off as
 * trained. Empty for a run on random weights, where every cell is untrained alike.
 */
import { CELL_FAMILIES, familyOf } from '../engine/cells/vocabulary';
import type { CellFamily } from '../engine/cells/vocabulary';
import type { Run } from './run';

export function untrainedBeside(run: Pick<Run, 'trained'>): CellFamily[] {
  const trained = run.trained;
  if (!trained) return [];
  return CELL_FAMILIES.filter((f) => !trained.models.some((m) => familyOf(m.cell) === f));
}
