/**
 * The reader's words for each cell: its names and how a sentence calls it. With the kernel and the
 * spec (engine/cells) and CELL_NOTES (content/cellNotes.ts: words only the lazy panels use, kept out of
 * the first screen's script) this is what the page knows of a cell; other code asks these records
 * instead of testing a cell's name.
 */
import { CELL_FAMILIES } from '../engine/cells/vocabulary';
import { t } from '../i18n/t';
import type { CellFamily, CellKind } from '../engine/cells/vocabulary';

export interface CellWords {
  /** Its name on buttons, legends and tables. */
  label: string;
  /** Its name inside a sentence ("the forward lane is exactly the vanilla RNN above"). */
  inSentence: string;
  /** Whether a sentence says "a vanilla RNN" or "the LSTM" when it speaks of the cell in general. */
  generic: string;
}

export const CELL_WORDS: Record<CellFamily, CellWords> = {
  // Read when shown, so they follow the page's language (the other cells' names are the same in every
  // language the page speaks).
  vanilla: {
    get label() {
      return t('cell.vanilla.label');
    },
    get inSentence() {
      return t('cell.vanilla.inSentence');
    },
    generic: 'A vanilla RNN',
  },
  lstm: {
    label: 'LSTM',
    inSentence: 'LSTM',
    generic: 'The LSTM',
  },
  gru: {
    label: 'GRU',
    inSentence: 'GRU',
    generic: 'The GRU',
  },
  mingru: {
    label: 'minGRU',
    inSentence: 'minGRU',
    generic: 'The minGRU',
  },
};

/** The reader's name for each family. */
export const CELL_LABELS = Object.defineProperties(
  {},
  Object.fromEntries(CELL_FAMILIES.map((f) => [f, { get: () => CELL_WORDS[f].label, enumerable: true }])),
) as Record<CellFamily, string>;

/** The reader's name for each kind (the lab names the nonlinearity too). */
export const CELL_NAMES: Record<CellKind, string> = {
  get rnn_tanh() {
    return CELL_WORDS.vanilla.label;
  },
  rnn_relu: 'ReLU RNN',
  lstm: CELL_WORDS.lstm.label,
  gru: CELL_WORDS.gru.label,
  mingru: CELL_WORDS.mingru.label,
};
