/** Numbers written the reader's way (digits, separators, percent), through `Intl`. */
import { activeLocale } from './i18n';
import { intlLocaleOf } from './locales';

const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(x: number, options: Intl.NumberFormatOptions = {}): string {
  const locale = intlLocaleOf(activeLocale());
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(key, f);
  }
  return f.format(x);
}
