/**
 * The language menu. Each option is written in its own language (a reader finds theirs without
 * reading the current one); the test-only pseudo-languages are listed only while one is in use.
 */
import { ENDONYMS, LANGUAGES, dirOf } from '../../i18n/locales';
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/i18n';

export function LanguageSwitch({ value, onChange }: { value: Locale; onChange: (l: Locale) => void }) {
  const shown: readonly Locale[] = (LANGUAGES as readonly Locale[]).includes(value)
    ? LANGUAGES
    : [...LANGUAGES, value];
  return (
    <label className="language-switch">
      {t('language.label')}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as Locale)}>
        {shown.map((l) => (
          <option key={l} value={l} lang={l} dir={dirOf(l)}>
            {ENDONYMS[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
