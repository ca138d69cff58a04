/**
 * The reader's words for each cell: its names, how a sentence calls it, and its notes beside the
 * knobs. With the kernel and the spec (engine/cells) this is the whole of what the page knows of a
 * cell; other code asks these records instead of testing a cell's name.
 */
import type { CellFamily, CellKind } from '../engine/cells/vocabulary';

export interface CellWords {
  /** Its name on buttons, legends and tables. */
  label: string;
  /** Its name inside a sentence ("the forward lane is exactly the vanilla RNN above"). */
  inSentence: string;
  /** Whether a sentence says "a vanilla RNN" or "the LSTM" when it speaks of the cell in general. */
  generic: string;
  /** The line in level 2's equation card that says where the equations come from. */
  source: string;
  /** The gate whose histogram the lab shows (the one that keeps memory), if the cell has one. */
  retentionGate?: string;
}

export const CELL_WORDS: Record<CellFamily, CellWords> = {
  vanilla: {
    label: 'Vanilla RNN',
    inSentence: 'vanilla RNN',
    generic: 'A vanilla RNN',
    source: 'torch.nn.RNN (Elman, 1990)',
  },
  lstm: {
    label: 'LSTM',
    inSentence: 'LSTM',
    generic: 'The LSTM',
    retentionGate: 'LSTM forget gate f',
    source: 'torch.nn.LSTM (Hochreiter & Schmidhuber, 1997; forget gate: Gers et al., 2000)',
  },
  gru: {
    label: 'GRU',
    inSentence: 'GRU',
    generic: 'The GRU',
    retentionGate: 'GRU update gate z (1 keeps the old state)',
    source: 'torch.nn.GRU (Cho et al., 2014)',
  },
  mingru: {
    label: 'minGRU',
    inSentence: 'minGRU',
    generic: 'The minGRU',
    source: 'minGRU (Feng et al., 2024, “Were RNNs All We Needed?”); no PyTorch module',
  },
};

/** The reader's name for each family. */
export const CELL_LABELS: Record<CellFamily, string> = {
  vanilla: CELL_WORDS.vanilla.label,
  lstm: CELL_WORDS.lstm.label,
  gru: CELL_WORDS.gru.label,
  mingru: CELL_WORDS.mingru.label,
};

/** The reader's name for each kind (the lab names the nonlinearity too). */
export const CELL_NAMES: Record<CellKind, string> = {
  rnn_tanh: 'Vanilla RNN',
  rnn_relu: 'ReLU RNN',
  lstm: CELL_WORDS.lstm.label,
  gru: CELL_WORDS.gru.label,
  mingru: CELL_WORDS.mingru.label,
};
