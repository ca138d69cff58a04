/**
 * The lesson's first telling (level 1): why a sequence needs memory, then one paragraph per idea,
 * each shown beside the thing it talks about. Terms of art are marked for the glossary (content/terms).
 * The words are the catalogue's (src/locales/<language>/page.po), read when shown.
 */
import { t } from '../i18n/t';

export interface Paragraph {
  text: string;
  /** The words with pointers to parts a teacher's link hides (`hide=`) left out. */
  textHiding?: (hidden: readonly string[]) => string;
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

/**
 * The parts of the page a message may point at, as its ICU `select` values: a sentence such as
 * "level 2 shows why" is worded only while a teacher's link (`hide=`) has not hidden level 2.
 */
export const shownParts = (hidden: readonly string[] = []) => ({
  levels: hidden.includes('levels') ? 'hidden' : 'shown',
  lab: hidden.includes('lab') ? 'hidden' : 'shown',
  tour: hidden.includes('tour') ? 'hidden' : 'shown',
});

/**
 * A paragraph whose words are the catalogue's `<id>.text`, read when shown; one that points at
 * `spot` also has `<id>.see` (the levels use it too).
 */
export function told(id: string, spot?: SpotId): Paragraph {
  const textHiding = (hidden: readonly string[]) => t(`${id}.text`, shownParts(hidden));
  const words = {
    get text() {
      return textHiding([]);
    },
    textHiding,
  };
  if (spot === undefined) return words;
  return {
    get text() {
      return words.text;
    },
    textHiding,
    get see() {
      return t(`${id}.see`);
    },
    spot,
  };
}

export const STORY: readonly Paragraph[] = [
  told('story.1', 'timeline'),
  told('story.2', 'inspector'),
  told('story.3', 'memory'),
  told('story.4', 'cells'),
];

export const HISTORY_PARAGRAPH: Paragraph = {
  get text() {
    return t('story.history');
  },
};
