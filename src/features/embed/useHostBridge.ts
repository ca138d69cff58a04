/**
 * The view's side of the embed protocol (hostMessages.ts): act on a host's messages — including
 * those queued before the view existed — and, when framed, tell the host `ready` once and `state`
 * after every change, so a deck can keep its own slide or fragment in step with the embed.
 * The protocol's code loads only for a page that has a host (it is framed, or a message arrived),
 * so the full page's first screen does not carry it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Dispatch } from 'react';
import { reducer } from '../../state/appState';
import type { Action, AppState } from '../../state/appState';
import { subscribeHost, whenHostSpeaks } from './hostInbox';

type Protocol = typeof import('./hostMessages');

/** The page this view is framed in, or null when it is the top page. */
export function hostWindow(): Window | null {
  return typeof window !== 'undefined' && window.parent !== window ? window.parent : null;
}

/** Post to a host window (the parent, or whoever sent a message). */
export function send(target: MessageEventSource | Window | null, message: object): void {
  // '*': nothing sent is secret — it is the view's own URL state (or a key press), which the host chose.
  if (target && 'postMessage' in target) (target as Window).postMessage(message, '*');
}

/**
 * `pending`: the run on screen is not yet the one `state` describes (a new one is computing), so
 * `steps` is the old run's and nothing is reported until the new run is shown.
 */
export function useHostBridge(
  state: AppState,
  step: number,
  steps: number,
  pending: boolean,
  dispatch: Dispatch<Action>,
): void {
  // What a message acts on: the view as last rendered (written after commit)...
  const latest = useRef({ state, step, steps });
  // ...or, when messages came in faster than React renders, the state the earlier ones led to,
  // through the app's own reducer — so "preset long" then "step 51" lands on 51, and three
  // "next" in one tick advance three.
  const ahead = useRef<AppState | null>(null);
  useLayoutEffect(() => {
    latest.current = { state, step, steps };
    ahead.current = null;
  });
  const [protocol, setProtocol] = useState<Protocol | null>(null);

  useEffect(() => {
    let live = true;
    const load = () => void import('./hostMessages').then((m) => live && setProtocol(m));
    const cancel = hostWindow() ? (load(), () => {}) : whenHostSpeaks(load);
    return () => {
      live = false;
      cancel();
    };
  }, []);

  useEffect(() => {
    if (!protocol) return;
    // Messages that arrived before this view existed are delivered first, in order (hostInbox.ts).
    return subscribeHost((data, source) => {
      const from = ahead.current ?? latest.current.state;
      const last = protocol.stepsOf(from) - 1;
      const reply = protocol.handleHostMessage(data, from, Math.min(from.step, last), last);
      let next = from;
      for (const a of reply.actions) {
        next = reducer(next, a);
        dispatch(a);
      }
      if (next !== from) ahead.current = next;
      if (reply.notices.length > 0) send(source, { type: 'error', notices: reply.notices });
      if (reply.wantsState) {
        const steps = protocol.stepsOf(next);
        send(source, protocol.hostState(next, Math.min(next.step, steps - 1), steps));
      }
    });
  }, [protocol, dispatch]);

  // `ready` waits for a shown run too: its state must be one the view shows.
  const readySent = useRef(false);
  useEffect(() => {
    if (!protocol || pending || readySent.current) return;
    readySent.current = true;
    send(hostWindow(), {
      type: 'ready',
      version: protocol.EMBED_API_VERSION,
      state: protocol.hostState(latest.current.state, latest.current.step, latest.current.steps),
    });
  }, [protocol, pending]);

  useEffect(() => {
    // Only states the view shows: none for the moment a preset has changed and its run has not come.
    if (protocol && !pending) send(hostWindow(), protocol.hostState(state, step, steps));
  }, [protocol, pending, state, step, steps]);
}
