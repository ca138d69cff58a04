/**
 * The offline single-file copy (vite.offline.config.ts → dist/offline.html). The Share dialog's
 * "Download for offline use" writes the view's state into the file's `rnn-explainer-state` meta tag;
 * a query string, if the file is opened with one, is laid over it (bakedView.ts). The copy shows the slide views (presenter,
 * embed): the full page's lab and observatory need the site.
 */
import { boot } from '../boot';
import { bakedView } from './bakedView';

const baked = document.querySelector('meta[name="rnn-explainer-state"]')?.getAttribute('content') ?? '';
boot(bakedView(baked, window.location.search), (s) => (s.view === 'full' ? { ...s, view: 'present' } : s));
