/**
 * Words drawn inside a figure that runs left to right in every language (the timeline: time goes
 * left to right). In a right-to-left language a label keeps its place but reads right to left, so
 * its end punctuation sits at its end (the left) rather than after the last word on the right.
 */
import { activeLocale } from '../../i18n/i18n';
import { dirOf } from '../../i18n/locales';

type Anchor = 'start' | 'middle' | 'end';

/**
 * SVG attributes for a label whose `anchor` is given as in a left-to-right drawing: `start` puts its
 * left edge at x. SVG measures `start` and `end` along the text's own direction, so a right-to-left
 * label swaps them to keep its left edge at x.
 */
export function svgWords(anchor: Anchor = 'start'): { direction?: 'rtl'; textAnchor?: Anchor } {
  if (dirOf(activeLocale()) !== 'rtl') return anchor === 'start' ? {} : { textAnchor: anchor };
  const swapped: Anchor = anchor === 'start' ? 'end' : anchor === 'end' ? 'start' : 'middle';
  return { direction: 'rtl', textAnchor: swapped };
}
