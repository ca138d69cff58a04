/**
 * What shows for the moment before the first run arrives from the engine's worker: the masthead
 * with its tools (inactive, the same size, so nothing moves when the page arrives) and an outline
 * of the timeline panel.
 */
import type { View } from '../state/appState';
import { t } from '../i18n/i18n';
import { Masthead } from './Masthead';

export function LoadingView({ view }: { view: View }) {
  const note = <p className="note loading-note">{t('loading.network')}</p>;
  if (view === 'embed')
    return (
      <main className="embed" aria-label={t('view.embedLabel')} aria-busy="true">
        {note}
      </main>
    );
  if (view === 'present')
    return (
      <main className="present" aria-label={t('view.presentLabel')} aria-busy="true">
        {note}
      </main>
    );
  return (
    <div className="app">
      <Masthead>
        <button type="button" disabled>
          {t('share.button')}
        </button>
        <span className="button-link" aria-disabled="true">
          {t('presenter.link')}
        </span>
        <label className="theme-switch">
          {t('theme.label')}{' '}
          <select disabled defaultValue="auto">
            <option value="auto">{t('theme.auto')}</option>
          </select>
        </label>
      </Masthead>
      <main>
        <section
          className="panel timeline-panel loading-panel"
          aria-label={t('loading.timeline')}
          aria-busy="true"
        >
          {note}
        </section>
      </main>
    </div>
  );
}
