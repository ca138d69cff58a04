/**
 * `t()`: a message in the active language. Apart from the catalogues' loading (i18n.ts), so the
 * page's data modules (content/) can name their words by id and still load in Node (vite.config.ts
 * reads them for the build) without importing a catalogue.
 */
import { i18n } from '@lingui/core';
import { intlLocaleOf } from './locales';
import type { Locale } from './locales';

// A locale from the start, so a Node script that reads a caption gets its id rather than an error
// (the page loads the English catalogue into it at once: i18n.ts).
if (!i18n.locale) {
  i18n.load('en', {});
  i18n.activate('en');
}

export { i18n };

/** A message in the active language; `values` fill its {placeholders} (ICU, with plurals). */
export function t(id: string, values?: Record<string, unknown>): string {
  return i18n._(id, values);
}

/**
 * Words worked out where no catalogue is loaded (the run's notices come from a Web Worker): named
 * by id and worded where they are shown, in the reader's language. A plain string is shown as it is.
 */
export type Said = string | { id: string; values?: Record<string, string | number> };

/** A message to be worded later (see `Said`). */
export const said = (id: string, values?: Record<string, string | number>): Said => ({ id, values });

/** Words from `Said`, in the active language. */
export const wordsOf = (s: Said): string => (typeof s === 'string' ? s : t(s.id, s.values));

/** A list written the reader's way ("Alice, Bob, Carol, Dave"; "Alice、Bob、Carol和Dave"). */
export function listOf(items: readonly string[], type: 'and' | 'or' = 'and'): string {
  return new Intl.ListFormat(intlLocaleOf((i18n.locale || 'en') as Locale), {
    type: type === 'and' ? 'conjunction' : 'disjunction',
    style: type === 'and' ? 'narrow' : 'long',
  }).format(items);
}
