/**
 * `t()`: a message in the active language. Apart from the catalogues' loading (i18n.ts), so the
 * page's data modules (content/) can name their words by id and still load in Node (vite.config.ts
 * reads them for the build) without importing a catalogue.
 */
import { i18n } from '@lingui/core';

export { i18n };

/** A message in the active language; `values` fill its {placeholders} (ICU, with plurals). */
export function t(id: string, values?: Record<string, unknown>): string {
  return i18n._(id, values);
}
