/**
 * Keeps the address bar in step with the state: a history entry for changes that matter
 * (preset, cell, sequence, theme), a silent replace for slider ticks and step moves, and
 * back/forward restore the state the URL describes.
 */
import { useEffect, useRef } from 'react';
import type { Dispatch } from 'react';
import type { Action, AppState } from './appState';
import { HISTORY_KEYS, decodeState, encodeSearch, parseParams } from './urlState';

export function useUrlSync(state: AppState, dispatch: Dispatch<Action>): void {
  const last = useRef<string | null>(null);

  useEffect(() => {
    const search = encodeSearch(state);
    if (search === window.location.search || search === last.current) {
      last.current = search;
      return;
    }
    const before = parseParams(last.current ?? window.location.search).params;
    const after = parseParams(search).params;
    const matters = HISTORY_KEYS.some((k) => before[k] !== after[k]);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (matters && last.current !== null) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    last.current = search;
  }, [state]);

  useEffect(() => {
    const onPop = () => {
      last.current = window.location.search;
      dispatch({ type: 'load', state: decodeState(window.location.search).state });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);
}
