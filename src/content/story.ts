/**
 * The lesson's first telling (level 1): why a sequence needs memory, then one paragraph per idea,
 * each shown beside the thing it talks about. Terms of art are marked for the glossary (content/terms).
 * The words are the catalogue's (src/locales/<language>/page.po), read when shown.
 */
import { t } from '../i18n/t';

export interface Paragraph {
  text: string;
  /** What on the page the paragraph is about (shown as a small pointer). */
  see?: string;
  /** The element the pointer scrolls to and highlights (ui/shared/spotlight's SPOTS). */
  spot?: SpotId;
}

/** Things on the page a paragraph or a tour stop can point at. */
export type SpotId =
  | 'timeline'
  | 'inspector'
  | 'memory'
  | 'cells'
  | 'presets'
  | 'live-eq'
  | 'gradient'
  | 'gates'
  | 'inspector-eq'
  | 'bidir'
  | 'seq2seq'
  | 'bptt'
  | 'truncation'
  | 'clipping'
  | 'attention'
  | 'ssm'
  | 'lab'
  | 'answers';

/** The opener: a sentence whose answer depends on its first word. */
export const OPENER = {
  get title() {
    return t('story.opener.title');
  },
  get text() {
    return t('story.opener.text');
  },
};

/** A paragraph whose words are the catalogue's `story.<n>.text` (and `.see`), read when shown. */
const told = (n: number, spot: SpotId): Paragraph => ({
  get text() {
    return t(`story.${n}.text`);
  },
  get see() {
    return t(`story.${n}.see`);
  },
  spot,
});

export const STORY: readonly Paragraph[] = [
  told(1, 'timeline'),
  told(2, 'inspector'),
  told(3, 'memory'),
  told(4, 'cells'),
];

export const HISTORY_PARAGRAPH: Paragraph = {
  get text() {
    return t('story.history');
  },
};
