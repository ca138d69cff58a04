/**
 * The page's languages, how each is written, and which one a reader gets: the link's `?lang=`, else
 * the one chosen before on this device, else the browser's preferred languages, else English.
 */
export const LANGUAGES = ['en', 'zh-CN', 'es', 'pt-BR', 'ar'] as const;
/**
 * Test-only languages (docs/translating.md): English padded ~40% longer, and English written right
 * to left. They find clipped text and left-to-right assumptions before a translation does.
 */
export const PSEUDO = ['en-XA', 'ar-XB'] as const;
export type Locale = (typeof LANGUAGES)[number] | (typeof PSEUDO)[number];
export const ALL_LOCALES: readonly Locale[] = [...LANGUAGES, ...PSEUDO];

/** Each language's name in itself: a reader finds their own language without reading English. */
export const ENDONYMS: Record<Locale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  ar: 'العربية',
  'en-XA': 'Ƥšéûðö (long)',
  'ar-XB': 'Pseudo (RTL)',
};

export const dirOf = (locale: Locale): 'ltr' | 'rtl' =>
  locale === 'ar' || locale === 'ar-XB' ? 'rtl' : 'ltr';

/** The tag `Intl` and `<html lang>` use: a pseudo-language is its base language. */
export const intlLocaleOf = (locale: Locale): string =>
  locale === 'en-XA' ? 'en' : locale === 'ar-XB' ? 'ar' : locale;

/**
 * The page's language for a BCP 47 tag, or null: exact (any case), then by the language alone
 * (`es-MX` → Español, `pt-PT` → the Brazilian edition, any Chinese → Simplified).
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const lower = tag.trim().toLowerCase();
  const exact = ALL_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split(/[-_]/)[0];
  const byBase: Record<string, Locale> = { en: 'en', zh: 'zh-CN', es: 'es', pt: 'pt-BR', ar: 'ar' };
  return byBase[base] ?? null;
}

/** The reader's language: the link's, the device's remembered one, the browser's, English. */
export function chooseLocale(
  fromLink: string | null,
  remembered: string | null,
  preferred: readonly string[],
): Locale {
  const link = matchLocale(fromLink);
  if (link) return link;
  const kept = matchLocale(remembered);
  if (kept) return kept;
  for (const tag of preferred) {
    const m = matchLocale(tag);
    // Pseudo-languages only by name, never from a browser's list.
    if (m && !(PSEUDO as readonly string[]).includes(m)) return m;
  }
  return 'en';
}
