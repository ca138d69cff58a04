/**
 * Keeps the address bar in step with the state: a history entry for changes that matter
 * (preset, cell, sequence, theme), a silent replace for slider ticks and step moves, and
 * back/forward restore the state the URL describes.
 */
import { useEffect, useRef } from 'react';
import type { Dispatch } from 'react';
import type { Action, AppState } from '../state/appState';
import {
  HISTORY_KEYS,
  LINK_LIMIT,
  decodeState,
  encodeParams,
  encodeSearch,
  parseParams,
} from '../state/urlState';
import type { UrlParams } from '../state/urlState';

/** Step moves and slider ticks reach the address bar this long after they stop (ms). */
const REPLACE_DELAY = 250;

/** Only the newest write may land (a compressed one is written after its code has loaded). */
let writes = 0;

/**
 * Write the address. One longer than servers accept (a long sentence) is written with the sentence
 * compressed, so a reload still works; the compressor loads only then.
 */
function writeUrl(how: 'pushState' | 'replaceState', search: string): void {
  const id = ++writes;
  const go = (s: string) => {
    if (id === writes)
      window.history[how](null, '', `${window.location.pathname}${s}${window.location.hash}`);
  };
  if (search.length <= LINK_LIMIT) go(search);
  else void import('../state/urlCompact').then((m) => go(m.compactSearch(search)));
}

/** The state an address describes, its compressed sentence (if any) expanded first. */
function readUrl(search: string, then: (search: string) => void): void {
  if (!new URLSearchParams(search).has('z')) then(search);
  else void import('../state/urlCompact').then((m) => then(m.expandSearch(search).search));
}

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
    const first = last.current === null;
    last.current = search;
    if (matters && !first) {
      writeUrl('pushState', search);
    } else if (first) {
      // Clean the address of any ignored parameters right away.
      if (search !== window.location.search) writeUrl('replaceState', search);
    } else {
      // Playing or dragging a slider would otherwise call the history API many times a second
      // (Chromium throttles that) on the path of every selection.
      pending.current = window.setTimeout(() => writeUrl('replaceState', search), REPLACE_DELAY);
    }
  }, [state]);

  useEffect(() => () => window.clearTimeout(pending.current), []);

  useEffect(() => {
    const onPop = () =>
      readUrl(window.location.search, (search) => {
        last.current = search;
        lastParams.current = parseParams(search).params;
        dispatch({ type: 'load', state: decodeState(search).state });
      });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);
}
