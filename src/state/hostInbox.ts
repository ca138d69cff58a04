/**
 * Messages from a host page (a slide deck), caught from the moment the script runs. A deck often
 * sends its first command on the iframe's `load` event, before React has rendered anything or the
 * first run has arrived from the worker; those messages wait here, in order, until the view that
 * acts on them subscribes — then they are delivered, and later ones go straight through.
 */
/** `source`: the window that sent it (answers go back there). */
type Listener = (data: unknown, source: MessageEventSource | null) => void;

const queue: { data: unknown; source: MessageEventSource | null }[] = [];
let listener: Listener | null = null;
/** Keeps a page flooded with messages from growing the queue without bound. */
const MAX_QUEUED = 100;

export function startHostInbox(target: Window = window): void {
  target.addEventListener('message', (e: MessageEvent) => {
    if (listener) listener(e.data, e.source);
    else if (queue.length < MAX_QUEUED) queue.push({ data: e.data, source: e.source });
  });
}

/** Deliver queued messages to `l` and every later one; returns the unsubscribe function. */
export function subscribeHost(l: Listener): () => void {
  listener = l;
  while (listener === l && queue.length > 0) {
    const m = queue.shift()!;
    l(m.data, m.source);
  }
  return () => {
    if (listener === l) listener = null;
  };
}
