/**
 * Shortening labels without cutting a character in half: "𝐀𝐁𝐂𝐃…" rather than "𝐀𝐁𝐂𝐃�…", and an
 * emoji with skin tone or a flag kept whole. Intl.Segmenter splits into graphemes; it is created
 * only for a label that may need shortening (the first one costs a few milliseconds), so the
 * presets' short words never create it.
 */
let segmenter: Intl.Segmenter | null = null;

export function graphemes(s: string): string[] {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter === 'undefined') return Array.from(s);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(s), (g) => g.segment);
}

/** At most `max` graphemes: the first max − 1 and an ellipsis when longer. */
export function shorten(s: string, max: number): string {
  // A string of at most max UTF-16 units has at most max graphemes: nothing to segment.
  if (s.length <= max) return s;
  const g = graphemes(s);
  return g.length <= max ? s : `${g.slice(0, max - 1).join('')}…`;
}
