/** The class view (`?view=class`): what a class predicted, from the codes its students shared. */
import { LanguageSwitch } from '../ui/controls/LanguageSwitch';
import type { Locale } from '../i18n/locales';
import type { ComputeRun } from '../features/lesson/guideAnswers';
import { ClassResults } from '../features/lesson/ClassResults';

export function ClassView({
  compute,
  lang,
  onLang,
}: {
  compute: ComputeRun;
  lang: Locale;
  onLang: (l: Locale) => void;
}) {
  return <ClassResults compute={compute} tools={<LanguageSwitch value={lang} onChange={onLang} />} />;
}
