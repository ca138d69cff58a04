/**
 * The explainer's prose at three depths, as data. Each paragraph points at something on screen;
 * `see` names it so the page can link the words to the visual. The words are the catalogue's
 * (src/locales/<language>/levels.po, `level.<n>.…`), read when shown; the code stays as PyTorch has it.
 */
import { t } from '../i18n/t';
import { BIDIRECTIONAL_CLASSIFIER, TRUNCATED_BPTT, TWO_LAYER_SHAPES } from './levelCode';
import { HISTORY_PARAGRAPH, STORY } from './story';
import type { Paragraph, SpotId } from './story';

export type { Paragraph } from './story';

export interface Level {
  id: 1 | 2 | 3;
  title: string;
  /** The disclosure's label (levels 2 and 3). */
  prompt: string;
  paragraphs: Paragraph[];
  reachFor: string[];
  skip: string[];
  code: { title: string; source: string };
}

/** Paragraph `k` of level `n`: `level.<n>.p<k>.text`, and `.see` for what on the page it points at. */
function said(n: number, k: number, spot?: SpotId): Paragraph {
  const id = `level.${n}.p${k}`;
  const words = {
    get text() {
      return t(`${id}.text`);
    },
  };
  if (spot === undefined) return words;
  return {
    get text() {
      return words.text;
    },
    get see() {
      return t(`${id}.see`);
    },
    spot,
  };
}

/** Lines `<prefix>.1` … `<prefix>.<count>`, in the reader's language. */
const listed = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => t(`${prefix}.${i + 1}`));

export const LEVELS: readonly Level[] = [
  {
    id: 1,
    get title() {
      return t('level.1.title');
    },
    prompt: '',
    paragraphs: [...STORY, HISTORY_PARAGRAPH],
    get reachFor() {
      return listed('level.1.reachFor', 4);
    },
    get skip() {
      return listed('level.1.skip', 4);
    },
    code: {
      get title() {
        return t('level.1.code.title');
      },
      source: TWO_LAYER_SHAPES,
    },
  },
  {
    id: 2,
    get title() {
      return t('level.2.title');
    },
    get prompt() {
      return t('level.2.prompt');
    },
    paragraphs: [
      said(2, 1, 'live-eq'),
      said(2, 2, 'gradient'),
      said(2, 3, 'gates'),
      said(2, 4, 'inspector-eq'),
      said(2, 5, 'bidir'),
      said(2, 6, 'seq2seq'),
    ],
    get reachFor() {
      return listed('level.2.reachFor', 4);
    },
    get skip() {
      return listed('level.2.skip', 4);
    },
    code: {
      get title() {
        return t('level.2.code.title');
      },
      source: BIDIRECTIONAL_CLASSIFIER,
    },
  },
  {
    id: 3,
    get title() {
      return t('level.3.title');
    },
    get prompt() {
      return t('level.3.prompt');
    },
    paragraphs: [
      said(3, 1, 'bptt'),
      said(3, 2, 'truncation'),
      said(3, 3, 'clipping'),
      said(3, 4, 'attention'),
      said(3, 5, 'ssm'),
      said(3, 6),
    ],
    get reachFor() {
      return listed('level.3.reachFor', 4);
    },
    get skip() {
      return listed('level.3.skip', 4);
    },
    code: {
      get title() {
        return t('level.3.code.title');
      },
      source: TRUNCATED_BPTT,
    },
  },
];
