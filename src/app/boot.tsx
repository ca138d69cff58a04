/** Starts the app from a query string (the page's address, or the state baked into an offline copy). */
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../i18n/t';
import type { Root } from 'react-dom/client';
import { App } from './App';
import type { AppState } from '../state/appState';
import { PanelBoundary } from '../ui/shared/PanelBoundary';
import { startHostInbox } from '../features/embed/hostInbox';
import { decodeState } from '../state/urlState';
import { rememberedDetail } from './rememberedDetail';
import { deviceLanguage } from './rememberedLanguage';
import { activate } from '../i18n/i18n';
import '../styles.css';
// KaTeX's font faces, declared before the first layout (vite.config.ts, katexCss).
import 'virtual:katex-fonts.css';

export function boot(
  search: string,
  adjust: (s: AppState) => AppState = (s) => s,
  /** Notices from reading the link before boot (a damaged compressed sentence), worded on demand. */
  earlier: () => string[] = () => [],
): void {
  // Listen to a host page at once: commands sent on the iframe's load event must not be lost.
  startHostInbox();

  // The URL is the source of the initial view; bad parameters fall back one by one, with a notice.
  const decoded = decodeState(search);
  const remembered = decoded.detailFromLink ? null : rememberedDetail();
  const withDetail = remembered ? { ...decoded.state, detail: remembered } : decoded.state;
  const state = decoded.langFromLink ? withDetail : { ...withDetail, lang: deviceLanguage() };

  // Rendered as a transition: React builds the page in slices of a few milliseconds, yielding to the
  // browser in between, instead of one long task (the static heading in index.html shows meanwhile).
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // The page's words in the reader's language from the first frame: English is at hand, another
  // language's catalogue arrives first (one small chunk).
  const start = adjust(state);
  // The link's notices are worded after that, in the reader's language (reading it again is cheap).
  void activate(start.lang).then(() => render(root, start, [...earlier(), ...decodeState(search).notices]));
}

function render(root: Root, state: AppState, notices: string[]): void {
  startTransition(() => {
    root.render(
      <StrictMode>
        <PanelBoundary name={t('panelName.page')}>
          <App initial={state} notices={notices} />
        </PanelBoundary>
      </StrictMode>,
    );
  });
}
