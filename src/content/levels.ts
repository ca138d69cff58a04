/**
 * The explainer's prose at three depths, as data. Each paragraph points at something on screen;
 * `see` names it so the page can link the words to the visual. The words are the catalogue's
 * (src/locales/<language>/levels.po, `level.<n>.…`), read when shown; the code stays as PyTorch has it.
 */
import { t } from '../i18n/t';
import { BIDIRECTIONAL_CLASSIFIER, TRUNCATED_BPTT, TWO_LAYER_SHAPES } from './levelCode';
import { HISTORY_PARAGRAPH, STORY, told } from './story';
import type { Paragraph } from './story';

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
      told('level.2.p1', 'live-eq'),
      told('level.2.p2', 'gradient'),
      told('level.2.p3', 'gates'),
      told('level.2.p4', 'inspector-eq'),
      told('level.2.p5', 'bidir'),
      told('level.2.p6', 'seq2seq'),
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
      told('level.3.p1', 'bptt'),
      told('level.3.p2', 'truncation'),
      told('level.3.p3', 'clipping'),
      told('level.3.p4', 'attention'),
      told('level.3.p5', 'ssm'),
      told('level.3.p6'),
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
