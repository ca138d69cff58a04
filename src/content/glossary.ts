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

export const GLOSSARY: Record<CellFamily, GlossaryEntry[]> = {
  vanilla: [...common, entry('sigma', '\\tanh', 'symbol.vanilla.sigma')],
  lstm: [
    ...common,
    entry('c', 'c_t', 'symbol.lstm.c'),
    entry('f', 'f_t', 'symbol.lstm.f'),
    entry('i', 'i_t', 'symbol.lstm.i'),
    entry('g', 'g_t', 'symbol.lstm.g'),
    entry('o', 'o_t', 'symbol.lstm.o'),
    entry('sigma', '\\sigma', 'symbol.lstm.sigma'),
    entry('odot', '\\odot', 'symbol.lstm.odot'),
  ],
  gru: [
    ...common,
    entry('r', 'r_t', 'symbol.gru.r'),
    entry('z', 'z_t', 'symbol.gru.z'),
    entry('n', 'n_t', 'symbol.gru.n'),
    entry('sigma', '\\sigma', 'symbol.gru.sigma'),
    entry('odot', '\\odot', 'symbol.gru.odot'),
  ],
  mingru: [
    // The common symbols but its own weights: the minGRU has no W_hh and one bias per block.
    ...common.filter((e) => e.key !== 'W' && e.key !== 'b'),
    entry('W', 'W_{iz},\\,W_{i\\tilde h}', 'symbol.mingru.W'),
    entry('b', 'b_{iz},\\,b_{i\\tilde h}', 'symbol.mingru.b'),
    entry('htilde', '\\tilde h_t', 'symbol.mingru.htilde'),
    entry('z', 'z_t', 'symbol.mingru.z'),
    entry('sigma', '\\sigma', 'symbol.mingru.sigma'),
    entry('odot', '\\odot', 'symbol.mingru.odot'),
  ],
};

/** Wrap a TeX symbol so hovering it in the rendered equation can be traced back to its key. */
export const sym = (key: SymbolKey, tex: string): string => `\\htmlClass{sym sym-${key}}{${tex}}`;
