/**
 * The offline copy's presenter exit. It has no full page: a plain query would open the state baked
 * into the file, which is presenter mode again, so Esc seemed to reload instead of leaving. It leaves
 * for the explorer view (timeline, chart, play controls) of the same state; `embed=1` wins over the
 * baked `present=1` (boot.tsx reads embed first).
 */
import { encodeSearch } from '../../state/urlState';
import type { AppState } from '../../state/appState';

export function presenterExit(state: AppState): string {
  return encodeSearch(state, 'embed');
}
