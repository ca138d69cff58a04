/** The app's initial state with Detail: Everything — every tool on the page, as the tests of those tools need. */
import { initialState } from '../src/state/appState';
import type { AppState } from '../src/state/appState';

export const fullState = (preset?: Parameters<typeof initialState>[0]): AppState => ({
  ...initialState(preset),
  detail: 'everything',
});
