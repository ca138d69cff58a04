/** The version, the licences and a ready citation: in the footer, the Share dialog and the guide. */
import { VERSION, CODE_LICENCE, CONTENT_LICENCE, citation } from '../../content/about';
import { t } from '../../i18n/t';

export function AboutThisPage({ url }: { url: string }) {
  return (
    <div className="about-page">
      <p>{t('about.licence', { version: VERSION, code: CODE_LICENCE, content: CONTENT_LICENCE })}</p>
      <p>
        {t('about.cite')}{' '}
        {/* A citation keeps the work's English title: isolated (so Arabic keeps its order) and in an
            English parent, which sets the quotation marks. */}
        <span lang="en" dir="ltr">
          <q className="citation">{citation(url)}</q>
        </span>
      </p>
    </div>
  );
}
