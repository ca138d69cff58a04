/**
 * The message catalogues (docs/translating.md): gettext PO files in src/locales/<language>/,
 * keyed by stable ids (`tour.next`), English the source. Vite compiles a catalogue when the page
 * imports it (@lingui/vite-plugin), so no message parser ships and nothing runs eval.
 */
import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';
import { PARTS } from './src/i18n/parts';

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'zh-CN', 'es', 'pt-BR', 'ar'],
  fallbackLocales: { default: 'en' },
  // One catalogue per part of the page (src/i18n/parts.ts), so each loads with its part: the first
  // screen's words with the first screen, the tour's when the tour starts.
  catalogs: PARTS.map((part) => ({ path: `<rootDir>/src/locales/{locale}/${part}`, include: ['src'] })),
  // msgid is the id itself (no hashed ids, no flag comments): a translator's tool shows the id,
  // the English in a `#.` comment, and the translation.
  format: formatter({ explicitIdAsDefault: true, lineNumbers: false }),
});
