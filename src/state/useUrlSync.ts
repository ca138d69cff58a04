/**
 * Keeps the address bar in step with the state: a history entry for changes that matter
 * (preset, cell, sequence, theme), a silent replace for slider ticks and step moves, and
 * back/forward restore the state the URL describes.
 */
import { useEffect, useRef } from 'react';
import type { Dispatch } from 'react';
import type { Action, AppState } from './appState';
import { HISTORY_KEYS, decodeState, encodeParams, encodeSearch, parseParams } from './urlState';
import type { UrlParams } from './urlState';

/** Step moves and slider ticks reach the address bar this long after they stop (ms). */
const REPLACE_DELAY = 250;

export function useUrlSync(state: AppState, dispatch: Dispatch<Action>): void {
  const last = useRef<string | null>(null);
  const lastParams = useRef<UrlParams | null>(null);
  const pending = useRef<number | undefined>(undefined);

  useEffect(() => {
    const search = encodeSearch(state);
    if (search === last.current) return;
    window.clearTimeout(pending.current);
    const before = lastParams.current ?? parseParams(window.location.search).params;
    const after = encodeParams(state);
    lastParams.current = after;
    const matters = HISTORY_KEYS.some((k) => before[k] !== after[k]);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    const first = last.current === null;
    last.current = search;
    if (matters && !first) {
      window.history.pushState(null, '', url);
    } else if (first) {
      // Clean the address of any ignored parameters right away.
      if (search !== window.location.search) window.history.replaceState(null, '', url);
    } else {
      // Playing or dragging a slider would otherwise call the history API many times a second
      // (Chromium throttles that) on the path of every selection.
      pending.current = window.setTimeout(() => window.history.replaceState(null, '', url), REPLACE_DELAY);
    }
  }, [state]);

  useEffect(() => () => window.clearTimeout(pending.current), []);

  useEffect(() => {
    const onPop = () => {
      last.current = window.location.search;
      lastParams.current = parseParams(window.location.search).params;
      dispatch({ type: 'load', state: decodeState(window.location.search).state });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);
}
