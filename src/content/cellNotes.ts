/**
 * The words about each cell that only later panels show (level 2's equation cards, the lab's gate
 * histograms): apart from content/cells.ts so the first screen's script does not carry them.
 */
import type { CellFamily } from '../engine/cells/vocabulary';

export interface CellNotes {
  /** The line in level 2's equation card that says where the equations come from. */
  source: string;
  /** The gate whose histogram the lab shows (the one that keeps memory), if the cell has one. */
  retentionGate?: string;
}

export const CELL_NOTES: Record<CellFamily, CellNotes> = {
  vanilla: { source: 'torch.nn.RNN (Elman, 1990)' },
  lstm: {
    source: 'torch.nn.LSTM (Hochreiter & Schmidhuber, 1997; forget gate: Gers et al., 2000)',
    retentionGate: 'LSTM forget gate f',
  },
  gru: {
    source: 'torch.nn.GRU (Cho et al., 2014)',
    retentionGate: 'GRU update gate z (1 keeps the old state)',
  },
  mingru: { source: 'minGRU (Feng et al., 2024, “Were RNNs All We Needed?”); no PyTorch module' },
};
