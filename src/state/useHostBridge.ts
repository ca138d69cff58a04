/**
 * The view's side of the embed protocol (hostMessages.ts): act on a host's messages — including
 * those queued before the view existed — and, when framed, tell the host `ready` once and `state`
 * after every change, so a deck can keep its own slide or fragment in step with the embed.
 */
import { useEffect, useRef } from 'react';
import type { Dispatch } from 'react';
import type { Action, AppState } from './appState';
import { subscribeHost } from './hostInbox';
import { EMBED_API_VERSION, handleHostMessage, hostState } from './hostMessages';

/** The page this view is framed in, or null when it is the top page. */
export function hostWindow(): Window | null {
  return typeof window !== 'undefined' && window.parent !== window ? window.parent : null;
}

function send(target: MessageEventSource | Window | null, message: object): void {
  // '*': nothing sent is secret — it is the view's own URL state, which the host chose.
  if (target && 'postMessage' in target) (target as Window).postMessage(message, '*');
}

export function useHostBridge(state: AppState, step: number, steps: number, dispatch: Dispatch<Action>): void {
  const latest = useRef({ state, step, steps });
  latest.current = { state, step, steps };

  useEffect(
    // Messages that arrived before this view existed are delivered first, in order (hostInbox.ts).
    () => subscribeHost((data, source) => {
      const now = latest.current;
      const reply = handleHostMessage(data, now.state, now.step, now.steps - 1);
      for (const a of reply.actions) dispatch(a);
      if (reply.notices.length > 0) send(source, { type: 'error', notices: reply.notices });
      if (reply.wantsState) send(source, hostState(now.state, now.step, now.steps));
    }),
    [dispatch],
  );

  useEffect(() => {
    send(hostWindow(), { type: 'ready', version: EMBED_API_VERSION, state: hostState(latest.current.state, latest.current.step, latest.current.steps) });
  }, []);

  useEffect(() => {
    send(hostWindow(), hostState(state, step, steps));
  }, [state, step, steps]);
}
