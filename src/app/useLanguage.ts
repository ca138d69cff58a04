/**
 * Follows the state's language: loads its catalogue, makes it the page's (`<html lang dir>`, title)
 * and remembers it on the device. Returns the language the page shows, which changes only once the
 * catalogue is in, so no frame mixes two languages.
 */
import { useEffect, useState } from 'react';
import { activate, activeLocale } from '../i18n/i18n';
import type { Locale } from '../i18n/locales';
import { rememberLanguage } from './rememberedLanguage';

export function useLanguage(wanted: Locale): Locale {
  const [shown, setShown] = useState<Locale>(activeLocale);
  useEffect(() => {
    let live = true;
    void activate(wanted).then(() => {
      if (live) setShown(wanted);
    });
    rememberLanguage(wanted);
    return () => {
      live = false;
    };
  }, [wanted]);
  return shown;
}
