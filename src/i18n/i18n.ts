/**
 * The page's active language (one Lingui instance) and `t()`, which every view uses for its words.
 * The first screen's English is part of its code; every other catalogue (a language, a part of the
 * page) is its own chunk, loaded before the words it holds are shown, so no frame mixes languages.
 */
import { i18n, t } from './t';
import type { Messages } from '@lingui/core';
import { messages as englishPage } from '../locales/en/page.po';
import { ALL_LOCALES, dirOf, intlLocaleOf } from './locales';
import { setNumberLocale } from './numbers';
import type { Locale } from './locales';
import type { Part } from './parts';

i18n.load('en', englishPage);
i18n.activate('en');

export { i18n, t };

type Loader = () => Promise<{ messages: Messages }>;
/** Every catalogue file but the first screen's English, each a lazy chunk (compiled at build time). */
const CATALOGUES: Record<string, Loader> = import.meta.glob<{ messages: Messages }>([
  '../locales/*/*.po',
  '!../locales/en/page.po',
]);

/** The parts in use: a new language loads them all before the page switches to it. */
const used = new Set<Part>(['page']);
/** The parts whose messages are in. */
const loaded = new Set<Part>();

async function englishPart(part: Part): Promise<Messages> {
  if (part === 'page') return englishPage;
  const load = CATALOGUES[`../locales/en/${part}.po`];
  return load ? (await load()).messages : {};
}

async function messagesFor(locale: Locale, part: Part): Promise<Messages> {
  if (locale === 'en') return englishPart(part);
  if (locale === 'en-XA' || locale === 'ar-XB') {
    const [{ pseudoMessages }, english] = await Promise.all([import('./pseudo'), englishPart(part)]);
    return pseudoMessages(english, locale);
  }
  const load = CATALOGUES[`../locales/${locale}/${part}.po`];
  // A language missing a part falls back to English for it (the catalogue test forbids that).
  return load ? (await load()).messages : englishPart(part);
}

async function loadInto(locale: Locale, parts: readonly Part[]): Promise<void> {
  const all = await Promise.all(parts.map((part) => messagesFor(locale, part)));
  for (const messages of all) i18n.load(locale, messages);
  for (const part of parts) loaded.add(part);
}

const loading = new Map<Part, Promise<void>>();

/** Load a part's messages in the active language (a lazy feature awaits this with its code). */
export function loadPart(part: Part): Promise<void> {
  if (part === 'page') return Promise.resolve();
  let p = loading.get(part);
  if (!p) {
    used.add(part);
    p = loadInto(activeLocale(), [part]);
    loading.set(part, p);
  }
  return p;
}

/** Whether a part's messages are in (a view that shows before they are re-renders once they are). */
export const partLoaded = (part: Part): boolean => part === 'page' || loaded.has(part);

/** Load a language's catalogues and make it the page's; `<html lang dir>` and the title follow. */
export async function activate(wanted: Locale): Promise<void> {
  const locale = ALL_LOCALES.includes(wanted) ? wanted : 'en';
  if (i18n.locale !== locale) {
    await loadInto(locale, [...used]);
    i18n.activate(locale);
  }
  setNumberLocale(intlLocaleOf(locale));
  const root = document.documentElement;
  root.lang = intlLocaleOf(locale);
  root.dir = dirOf(locale);
  document.title = t('page.title');
  document.querySelector('meta[name="description"]')?.setAttribute('content', t('page.description'));
}

export const activeLocale = (): Locale => i18n.locale as Locale;

/** What goes between two sentences of a paragraph: a space, none in Chinese (its full stop is wide). */
export const sentenceGap = (): string => (activeLocale() === 'zh-CN' ? '' : ' ');
