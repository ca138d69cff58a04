/**
 * Symbols of each cell's equations, with the key that links a symbol in the live equation, its
 * glossary entry and (where it makes sense) its part of the timeline or inspector.
 */
import type { CellFamily } from '../engine/cells/vocabulary';
import { t } from '../i18n/t';

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
  /** What the symbol means, in the reader's language (read when shown). */
  readonly text: string;
}

/** An entry whose words are the catalogue's `id` (the `levels` part). */
const entry = (key: SymbolKey, tex: string, id: string): GlossaryEntry => ({
  key,
  tex,
  get text() {
    return t(id);
  },
});

const common: GlossaryEntry[] = [
  entry('x', 'x_t', 'symbol.x'),
  entry('hprev', 'h_{t-1}', 'symbol.hprev'),
  entry('h', 'h_t', 'symbol.h'),
  entry('W', 'W_{ih},\\,W_{hh}', 'symbol.W'),
  entry('b', 'b_{ih},\\,b_{hh}', 'symbol.b'),
];

/** A cell's own symbols, `[key, tex]`, worded by `symbol.<family>.<key>`. */
const own = (family: CellFamily, symbols: [SymbolKey, string][]): GlossaryEntry[] =>
  symbols.map(([key, tex]) => entry(key, tex, `symbol.${family}.${key}`));

export const GLOSSARY: Record<CellFamily, GlossaryEntry[]> = {
  vanilla: [...common, ...own('vanilla', [['sigma', '\\tanh']])],
  lstm: [
    ...common,
    ...own('lstm', [
      ['c', 'c_t'],
      ['f', 'f_t'],
      ['i', 'i_t'],
      ['g', 'g_t'],
      ['o', 'o_t'],
      ['sigma', '\\sigma'],
      ['odot', '\\odot'],
    ]),
  ],
  gru: [
    ...common,
    ...own('gru', [
      ['r', 'r_t'],
      ['z', 'z_t'],
      ['n', 'n_t'],
      ['sigma', '\\sigma'],
      ['odot', '\\odot'],
    ]),
  ],
  // The common symbols but its own weights: the minGRU has no W_hh and one bias per block.
  mingru: [
    ...common.filter((e) => e.key !== 'W' && e.key !== 'b'),
    ...own('mingru', [
      ['W', 'W_{iz},\\,W_{i\\tilde h}'],
      ['b', 'b_{iz},\\,b_{i\\tilde h}'],
      ['htilde', '\\tilde h_t'],
      ['z', 'z_t'],
      ['sigma', '\\sigma'],
      ['odot', '\\odot'],
    ]),
  ],
};

/** Wrap a TeX symbol so hovering it in the rendered equation can be traced back to its key. */
export const sym = (key: SymbolKey, tex: string): string => `\\htmlClass{sym sym-${key}}{${tex}}`;
