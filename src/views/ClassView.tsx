/** The class view (`?view=class`): what a class predicted, from the codes its students shared. */
import type { Run } from '../compute/run';
import { LanguageSwitch } from '../ui/controls/LanguageSwitch';
import type { Locale } from '../i18n/locales';
import type { AppConfig } from '../state/config';
import { ClassResults } from '../features/lesson/ClassResults';

export function ClassView({
  compute,
  lang,
  onLang,
}: {
  compute: (config: AppConfig) => Promise<Run>;
  lang: Locale;
  onLang: (l: Locale) => void;
}) {
  return <ClassResults compute={compute} tools={<LanguageSwitch value={lang} onChange={onLang} />} />;
}
