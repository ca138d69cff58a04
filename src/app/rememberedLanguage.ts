/**
 * The reader's language, remembered on this device for the next visit (a link that names one wins).
 * Storage may be missing or refused (private modes, sandboxed frames): then nothing is kept.
 */
import { chooseLocale } from '../i18n/locales';
import type { Locale } from '../i18n/locales';

const KEY = 'rnn-explainer:lang';

function remembered(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** A first visit's language: remembered, else the browser's preferred languages, else English. */
export function deviceLanguage(): Locale {
  return chooseLocale(null, remembered(), navigator.languages ?? [navigator.language]);
}

export function rememberLanguage(locale: Locale): void {
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // Not kept: the choice still holds for this visit (and in the URL).
  }
}
