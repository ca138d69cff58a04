/**
 * Symbols of each cell's equations, with the key that links a symbol in the live equation, its
 * glossary entry and (where it makes sense) its part of the timeline or inspector.
 */
import type { CellFamily } from '../engine/cells/vocabulary';

export type SymbolKey =
  | 'x'
  | 'h'
  | 'hprev'
  | 'W'
  | 'b'
  | 'c'
  | 'i'
  | 'f'
  | 'g'
  | 'o'
  | 'r'
  | 'z'
  | 'n'
  | 'htilde'
  | 'sigma'
  | 'odot';

export interface GlossaryEntry {
  key: SymbolKey;
  tex: string;
  text: string;
}

const common: GlossaryEntry[] = [
  {
    key: 'x',
    tex: 'x_t',
    text: 'the input at step t: the token’s vector (or the number, for a time series)',
  },
  { key: 'hprev', tex: 'h_{t-1}', text: 'the memory coming in from the previous step (h₀ = 0 at the start)' },
  {
    key: 'h',
    tex: 'h_t',
    text: 'the new memory, the bars in the selected cell; PyTorch returns it as the step’s output, and a task’s answer comes from a separate readout (a linear layer and softmax) on it',
  },
  {
    key: 'W',
    tex: 'W_{ih},\\,W_{hh}',
    text: 'input and recurrent weight matrices, shared by every step; PyTorch stacks the gates’ blocks in one matrix each, weight_ih of shape (blocks × H) × input and weight_hh (blocks × H) × H, in the order i, f, g, o for the LSTM and r, z, n for the GRU',
  },
  {
    key: 'b',
    tex: 'b_{ih},\\,b_{hh}',
    text: 'biases (PyTorch keeps two; only their sum matters except in the GRU’s n)',
  },
];

export const GLOSSARY: Record<CellFamily, GlossaryEntry[]> = {
  vanilla: [
    ...common,
    { key: 'sigma', tex: '\\tanh', text: 'squashes each number into (−1, 1) (ReLU in the Exploding preset)' },
  ],
  lstm: [
    ...common,
    {
      key: 'c',
      tex: 'c_t',
      text: 'the cell state: the LSTM’s long-term memory, the lane on top of the timeline',
    },
    { key: 'f', tex: 'f_t', text: 'forget gate (0–1): how much of the old cell state cₜ₋₁ to keep' },
    { key: 'i', tex: 'i_t', text: 'input gate (0–1): how much of the candidate to write' },
    { key: 'g', tex: 'g_t', text: 'candidate (−1–1): the new content on offer (c̃ in some texts)' },
    { key: 'o', tex: 'o_t', text: 'output gate (0–1): how much of tanh(cₜ) to expose as hₜ' },
    {
      key: 'sigma',
      tex: '\\sigma',
      text: 'the logistic sigmoid, 1 / (1 + e⁻ˣ): a soft switch between 0 and 1',
    },
    { key: 'odot', tex: '\\odot', text: 'element-wise product: each unit is gated on its own' },
  ],
  gru: [
    ...common,
    { key: 'r', tex: 'r_t', text: 'reset gate (0–1): how much of the old state feeds the candidate' },
    {
      key: 'z',
      tex: 'z_t',
      text: 'update gate (0–1): how much of the old state to keep as it is (PyTorch’s convention; the minGRU, and many textbooks, use z the other way round)',
    },
    { key: 'n', tex: 'n_t', text: 'candidate state (−1–1)' },
    { key: 'sigma', tex: '\\sigma', text: 'the logistic sigmoid: a soft switch between 0 and 1' },
    { key: 'odot', tex: '\\odot', text: 'element-wise product' },
  ],
  mingru: [
    // The common symbols but its own weights: the minGRU has no W_hh and one bias per block.
    ...common.filter((e) => e.key !== 'W' && e.key !== 'b'),
    {
      key: 'W',
      tex: 'W_{iz},\\,W_{i\\tilde h}',
      text: 'input weights (the two blocks of W_ih), shared by every step: the minGRU has no recurrent weights',
    },
    { key: 'b', tex: 'b_{iz},\\,b_{i\\tilde h}', text: 'biases, one per block' },
    {
      key: 'htilde',
      tex: '\\tilde h_t',
      text: 'the candidate: a new state read from the input alone (not squashed by tanh)',
    },
    {
      key: 'z',
      tex: 'z_t',
      text: 'update gate (0–1), from the input alone: how much of the new candidate to take — the other way round from the GRU’s z on this page, as Feng et al. write it',
    },
    { key: 'sigma', tex: '\\sigma', text: 'the logistic sigmoid: a soft switch between 0 and 1' },
    { key: 'odot', tex: '\\odot', text: 'element-wise product' },
  ],
};

/** Wrap a TeX symbol so hovering it in the rendered equation can be traced back to its key. */
export const sym = (key: SymbolKey, tex: string): string => `\\htmlClass{sym sym-${key}}{${tex}}`;
