/**
 * The one vocabulary for cells: what each cell is called in code (PyTorch's names), its gates and
 * what else the engine needs to know of it (CELL_SPECS). The words the reader sees are content's
 * (content/cells.ts). Adding a cell starts here.
 */

/** Cell types as the fixtures and PyTorch's `nonlinearity` name them. */
export type CellKind = 'rnn_tanh' | 'rnn_relu' | 'lstm' | 'gru' | 'mingru';

export const CELL_KINDS: readonly CellKind[] = ['rnn_tanh', 'rnn_relu', 'lstm', 'gru', 'mingru'];

/** The families the explorer's cell switch offers; ReLU is a vanilla RNN with another nonlinearity. */
export type CellFamily = 'vanilla' | 'lstm' | 'gru' | 'mingru';

export const CELL_FAMILIES: readonly CellFamily[] = ['vanilla', 'lstm', 'gru', 'mingru'];

export type Nonlinearity = 'tanh' | 'relu';

/**
 * What the engine, the training core and the page need to know about a cell, beyond its arithmetic
 * (the kernel, cells/index.ts): one record per kind. Code asks these fields rather than testing a
 * cell's name, so a new cell is one kernel, one record here and its words in content/cells.
 */
export interface CellSpec {
  family: CellFamily;
  /** Row blocks of the weight matrices, in PyTorch's order; none for the ungated vanilla cell. */
  gates: readonly string[];
  /** The same blocks as the reference-run files name them (ASCII). */
  fileGates: readonly string[];
  /** Blocks of the recurrent pre-activation W_hh·h + b_hh the files also carry (the GRU's n block). */
  fileRecurrent: readonly { name: string; block: number }[];
  /** Whether any gate reads h_{t−1} through W_hh (the minGRU's gates read x_t only: no W_hh at all). */
  recurrent: boolean;
  /** The torch.nn module that computes it; null when PyTorch has none (the exported code defines one). */
  torchModule: 'nn.RNN' | 'nn.LSTM' | 'nn.GRU' | null;
  /** The nonlinearity PyTorch's nn.RNN is told; null for the gated cells. */
  nonlinearity: Nonlinearity | null;
  /** Whether it carries a second state, c, beside h (the LSTM). */
  cellState: boolean;
  /**
   * The gate that decides how much memory stays (LSTM forget f, GRU update z), as a block of the
   * gates, and the explorer's knob that sets its bias; null when no knob acts on one.
   */
  retention: { block: number; knob: 'forgetBias' | 'updateBias' } | null;
  /** Chrono initialisation (Tallec & Ollivier 2018) applies: the input and forget blocks it sets. */
  chrono: { input: number; forget: number } | null;
}

const VANILLA = (nonlinearity: Nonlinearity): CellSpec => ({
  family: 'vanilla',
  gates: [],
  fileGates: [],
  fileRecurrent: [],
  recurrent: true,
  torchModule: 'nn.RNN',
  nonlinearity,
  cellState: false,
  retention: null,
  chrono: null,
});

export const CELL_SPECS: Record<CellKind, CellSpec> = {
  rnn_tanh: VANILLA('tanh'),
  rnn_relu: VANILLA('relu'),
  lstm: {
    family: 'lstm',
    gates: ['i', 'f', 'g', 'o'],
    fileGates: ['i', 'f', 'g', 'o'],
    fileRecurrent: [],
    recurrent: true,
    torchModule: 'nn.LSTM',
    nonlinearity: null,
    cellState: true,
    retention: { block: 1, knob: 'forgetBias' },
    chrono: { input: 0, forget: 1 },
  },
  gru: {
    family: 'gru',
    gates: ['r', 'z', 'n'],
    fileGates: ['r', 'z', 'n'],
    fileRecurrent: [{ name: 'hn', block: 2 }],
    recurrent: true,
    torchModule: 'nn.GRU',
    nonlinearity: null,
    cellState: false,
    retention: { block: 1, knob: 'updateBias' },
    chrono: null,
  },
  // minGRU (Feng et al. 2024): the update gate and the candidate, both read from the input only.
  mingru: {
    family: 'mingru',
    gates: ['z', 'h̃'],
    fileGates: ['z', 'htilde'],
    fileRecurrent: [],
    recurrent: false,
    torchModule: null,
    nonlinearity: null,
    cellState: false,
    retention: null,
    chrono: null,
  },
};

export const specOf = (cell: CellKind): CellSpec => CELL_SPECS[cell];

/** Row blocks of the weight matrices, in PyTorch's order (the vanilla cell has one, ungated). */
export const GATE_ORDER: Record<CellKind, readonly string[]> = Object.fromEntries(
  CELL_KINDS.map((k) => [k, CELL_SPECS[k].gates]),
) as Record<CellKind, readonly string[]>;

/** Number of H-row blocks in weight_ih / weight_hh (G in the fixtures' README). */
export function gateCount(cell: CellKind): number {
  return Math.max(1, CELL_SPECS[cell].gates.length);
}

/** H-row blocks of weight_hh / bias_hh: the gate count, or 0 for a cell whose gates never read h_{t−1}. */
export function recurrentBlocks(cell: CellKind): number {
  return CELL_SPECS[cell].recurrent ? gateCount(cell) : 0;
}

/** Whether a PyTorch module computes this cell (the fixtures and the exported code use torch.nn). */
export const hasTorchModule = (cell: CellKind): boolean => CELL_SPECS[cell].torchModule !== null;

/** Whether the cell carries a second state, the LSTM's cell state c. */
export const hasCellState = (cell: CellKind): boolean => CELL_SPECS[cell].cellState;

/** The spec of a family (the vanilla family as its tanh cell: they differ in the nonlinearity only). */
export const familySpec = (family: CellFamily): CellSpec => CELL_SPECS[engineCell(family, 'tanh')];

/** Whether the cell has gates (every cell but the vanilla RNN). */
export const isGated = (cell: CellKind | CellFamily): boolean =>
  (cell in CELL_SPECS ? CELL_SPECS[cell as CellKind] : familySpec(cell as CellFamily)).gates.length > 0;

export const familyOf = (cell: CellKind): CellFamily => CELL_SPECS[cell].family;

export const engineCell = (family: CellFamily, nonlinearity: Nonlinearity): CellKind =>
  family === 'vanilla' ? (nonlinearity === 'relu' ? 'rnn_relu' : 'rnn_tanh') : family;

/** One value per cell family, e.g. a trace or a curve for each cell. */
export function perFamily<T>(f: (family: CellFamily) => T): Record<CellFamily, T> {
  return Object.fromEntries(CELL_FAMILIES.map((family) => [family, f(family)])) as Record<CellFamily, T>;
}

/** One value per cell kind, e.g. a colour for each of the lab's runners. */
export function perKind<T>(f: (kind: CellKind) => T): Record<CellKind, T> {
  return Object.fromEntries(CELL_KINDS.map((kind) => [kind, f(kind)])) as Record<CellKind, T>;
}
