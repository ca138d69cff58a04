/**
 * The view's side of the embed protocol (hostMessages.ts): act on a host's messages — including
 * those queued before the view existed — and, when framed, tell the host `ready` once and `state`
 * after every change, so a deck can keep its own slide or fragment in step with the embed.
 * The protocol's code loads only for a page that has a host (it is framed, or a message arrived),
 * so the full page's first screen does not carry it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Dispatch } from 'react';
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

export function useHostBridge(state: AppState, step: number, steps: number, dispatch: Dispatch<Action>): void {
  // What a message acts on: the view as last rendered (read by the handler, written after commit).
  const latest = useRef({ state, step, steps });
  useLayoutEffect(() => {
    latest.current = { state, step, steps };
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
      const now = latest.current;
      const reply = protocol.handleHostMessage(data, now.state, now.step, now.steps - 1);
      for (const a of reply.actions) dispatch(a);
      if (reply.notices.length > 0) send(source, { type: 'error', notices: reply.notices });
      if (reply.wantsState) send(source, protocol.hostState(now.state, now.step, now.steps));
    });
  }, [protocol, dispatch]);

  useEffect(() => {
    if (protocol) send(hostWindow(), { type: 'ready', version: protocol.EMBED_API_VERSION, state: protocol.hostState(latest.current.state, latest.current.step, latest.current.steps) });
  }, [protocol]);

  useEffect(() => {
    if (protocol) send(hostWindow(), protocol.hostState(state, step, steps));
  }, [protocol, state, step, steps]);
}
