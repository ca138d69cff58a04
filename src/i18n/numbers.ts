/**
 * The reader's way of writing numbers (decimal sign, percent sign, digits), through `Intl`. Kept
 * apart from the catalogues, with no imports, so the pure layers (compute/, the page's captions) can
 * write numbers in the reader's language and still run in Node scripts. The active language sets it.
 */
let locale = 'en';
/** In right-to-left text a number is an isolated left-to-right run, so "−0.088" keeps its sign in front. */
let isolate = false;
const formats = new Map<string, Intl.NumberFormat>();

export function setNumberLocale(tag: string): void {
  if (tag === locale) return;
  locale = tag;
  isolate = tag === 'ar' || tag.startsWith('ar-');
  formats.clear();
}

function raw(x: number, options: Intl.NumberFormatOptions): string {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(key, f);
  }
  return f.format(x);
}

// Left-to-right isolate … pop directional isolate.
const ltr = (s: string): string => (isolate ? `\u2066${s}\u2069` : s);

/** A run that reads left to right whatever the language (numbers joined by arrows: "4 → 8 → 16"). */
export const leftToRight = ltr;

export function formatNumber(x: number, options: Intl.NumberFormatOptions = {}): string {
  return ltr(raw(x, options));
}

/** `digits` decimals, no grouping (a value beside others in a caption). */
export const fixed = (x: number, digits: number): string =>
  formatNumber(x, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });

/** Exponent form ("1.2e-4"), with the reader's decimal sign. */
export const exponent = (x: number, digits: number): string =>
  ltr(
    x.toExponential(digits).replace(
      '.',
      raw(1.5, {})
        .replace(/[^\d.,٫]/g, '')
        .charAt(1),
    ),
  );

/** A percentage with the reader's sign and spacing ("42%", "42 %"), for a value already in percent. */
export const percentOf = (v: number, options: Intl.NumberFormatOptions): string =>
  formatNumber(v / 100, { style: 'percent', ...options });
