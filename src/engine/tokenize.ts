/** Words from text; apart from the embeddings (tokens.ts) so the page can split text without them. */

/**
 * Split text into word tokens. Intl.Segmenter knows word boundaries in every script (CJK, Thai,
 * RTL, emoji), where a whitespace split would not; punctuation and spaces are dropped.
 */
export function tokenize(text: string): string[] {
  const normal = text.normalize('NFC');
  const seg = new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const s of seg.segment(normal)) {
    // Keep words and anything pictographic (emoji are not "word-like" but carry meaning here).
    if (s.isWordLike || /\p{Extended_Pictographic}/u.test(s.segment)) out.push(s.segment);
  }
  return out;
}
