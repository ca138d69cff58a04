/**
 * The page's heading and lead, with the view's tools beside them. index.html carries the same
 * heading and lead as static HTML (tests/staticMasthead.test.ts keeps them equal to the English
 * catalogue), so they paint before any JavaScript has run.
 */
import type { ReactNode } from 'react';
import { Trans } from '../i18n/Trans';
import { t } from '../i18n/i18n';

export function Masthead({ children }: { children: ReactNode }) {
  return (
    <header className="masthead">
      <div>
        <h1>{t('masthead.title')}</h1>
        <p className="lead">
          <Trans id="masthead.lead" components={{ 0: <strong />, 1: <em /> }} />
        </p>
      </div>
      <div className="masthead-tools">{children}</div>
    </header>
  );
}
