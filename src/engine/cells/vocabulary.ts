/**
 * The one vocabulary for cells: what each cell is called in code (PyTorch's names), what the reader
 * sees, its gates and how many H-row blocks its weight matrices have. Every other module names cells
 * through this one, so adding a cell starts here.
 */

/** Cell types as the fixtures and PyTorch's `nonlinearity` name them. */
export type CellKind = 'rnn_tanh' | 'rnn_relu' | 'lstm' | 'gru' | 'mingru';

export const CELL_KINDS: readonly CellKind[] = ['rnn_tanh', 'rnn_relu', 'lstm', 'gru', 'mingru'];

/** The families the explorer's cell switch offers; ReLU is a vanilla RNN with another nonlinearity. */
export type CellFamily = 'vanilla' | 'lstm' | 'gru' | 'mingru';

export const CELL_FAMILIES: readonly CellFamily[] = ['vanilla', 'lstm', 'gru', 'mingru'];

export type Nonlinearity = 'tanh' | 'relu';

/** The reader's name for each family. */
export const CELL_LABELS: Record<CellFamily, string> = {
  vanilla: 'Vanilla RNN',
  lstm: 'LSTM',
  gru: 'GRU',
  mingru: 'minGRU',
};

/** The reader's name for each kind (the lab names the nonlinearity too). */
export const CELL_NAMES: Record<CellKind, string> = {
  rnn_tanh: 'Vanilla RNN',
  rnn_relu: 'ReLU RNN',
  lstm: 'LSTM',
  gru: 'GRU',
  mingru: 'minGRU',
};

/** Row blocks of the weight matrices, in PyTorch's order (the vanilla cell has one, ungated). */
export const GATE_ORDER: Record<CellKind, readonly string[]> = {
  rnn_tanh: [],
  rnn_relu: [],
  lstm: ['i', 'f', 'g', 'o'],
  gru: ['r', 'z', 'n'],
  // minGRU (Feng et al. 2024): the update gate and the candidate, both read from the input only.
  mingru: ['z', 'h̃'],
};

/** Number of H-row blocks in weight_ih / weight_hh (G in the fixtures' README). */
export function gateCount(cell: CellKind): number {
  return Math.max(1, GATE_ORDER[cell].length);
}

/**
 * H-row blocks of weight_hh / bias_hh: the gate count, or 0 for a cell whose gates never read
 * h_{t−1} (minGRU: its only recurrence is the blend, so there is no W_hh at all).
 */
export function recurrentBlocks(cell: CellKind): number {
  return cell === 'mingru' ? 0 : gateCount(cell);
}

/** Whether a PyTorch module computes this cell (the fixtures and the exported code use torch.nn). */
export const hasTorchModule = (cell: CellKind): boolean => cell !== 'mingru';

/** Whether the cell carries a second state, the LSTM's cell state c. */
export const hasCellState = (cell: CellKind): boolean => cell === 'lstm';

export const familyOf = (cell: CellKind): CellFamily =>
  cell === 'rnn_tanh' || cell === 'rnn_relu' ? 'vanilla' : cell;

export const engineCell = (family: CellFamily, nonlinearity: Nonlinearity): CellKind =>
  family === 'vanilla' ? (nonlinearity === 'relu' ? 'rnn_relu' : 'rnn_tanh') : family;

/** One value per cell family, e.g. a trace or a curve for each cell. */
export function perFamily<T>(f: (family: CellFamily) => T): Record<CellFamily, T> {
  return Object.fromEntries(CELL_FAMILIES.map((family) => [family, f(family)])) as Record<CellFamily, T>;
}
