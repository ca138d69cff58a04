/** The printable teacher's guide (`?view=guide`), with links back to this site. */
import type { Run } from '../compute/run';
import { LanguageSwitch } from '../ui/controls/LanguageSwitch';
import type { Locale } from '../i18n/locales';
import type { AppConfig } from '../state/config';
import { TeachersGuide } from '../features/lesson/TeachersGuide';

export function GuideView({
  compute,
  lang,
  onLang,
}: {
  compute: (config: AppConfig) => Promise<Run>;
  lang: Locale;
  onLang: (l: Locale) => void;
}) {
  return (
    <TeachersGuide
      compute={compute}
      base={`${window.location.origin}${window.location.pathname}`}
      lang={lang}
      tools={<LanguageSwitch value={lang} onChange={onLang} />}
    />
  );
}
