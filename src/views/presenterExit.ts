/**
 * Where the presenter's Esc and "Exit" lead: the full page with the same state. The offline copy
 * has no full page, so vite.offline.config.ts stands src/app/offline/presenterExit.ts in for this.
 */
import { encodeSearch } from '../state/urlState';
import type { AppState } from '../state/appState';

export function presenterExit(state: AppState): string {
  return encodeSearch(state, 'full') || './';
}
