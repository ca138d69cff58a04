/**
 * Every term of art the page uses, with the one line that defines it: one glossary, read wherever
 * a term appears. Prose marks a term as `[[key]]` or `[[key|the words shown]]` (ui/shared/TermText).
 */
import { t } from '../i18n/t';
export interface Term {
  /** How the term is named in its definition's heading. */
  name: string;
  definition: string;
}

/** Every term's key, as prose marks it (`[[hidden state]]`). */
const TERM_KEYS = [
  'hidden state',
  'timestep',
  'token',
  'weights',
  'vanilla RNN',
  'tanh',
  'bias',
  'ReLU',
  'gate',
  'LSTM',
  'GRU',
  'minGRU',
  'cell state',
  'forget gate',
  'forget bias',
  'update gate',
  'swap',
  'half-life',
  'log scale',
  'symmetric log scale',
  'output',
  'gradient',
  'gradient norm',
  'vanishing gradient',
  'exploding gradient',
  'Jacobian',
  'BPTT',
  'training',
  'loss',
  'curriculum',
  'chrono',
  'probe',
  'KV cache',
  'PyTorch',
  'untrained weights',
  'LSTM-like',
] as const;

export type TermKey = (typeof TERM_KEYS)[number];

/** Each term's words are the catalogue's (`term.<key>.name`, `.definition`), read when shown. */
export const TERMS = Object.fromEntries(
  TERM_KEYS.map((k) => [
    k,
    {
      get name() {
        return t(`term.${k}.name`);
      },
      get definition() {
        return t(`term.${k}.definition`);
      },
    },
  ]),
) as Record<TermKey, Term>;

export const isTermKey = (k: string): k is TermKey => (TERM_KEYS as readonly string[]).includes(k);

/** A term marked in prose: `[[key]]` or `[[key|the words shown]]`. */
export const TERM_MARK = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;
