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
let onFirst: (() => void) | null = null;
/** Keeps a page flooded with messages from growing the queue without bound. */
const MAX_QUEUED = 100;

export function startHostInbox(target: Window = window): void {
  target.addEventListener('message', (e: MessageEvent) => {
    if (listener) listener(e.data, e.source);
    else if (queue.length < MAX_QUEUED) queue.push({ data: e.data, source: e.source });
    const first = onFirst;
    onFirst = null;
    first?.();
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

/**
 * Call `f` when a host first speaks (at once if a message is already waiting): the protocol's code
 * loads only for a page that has a host. Returns the cancel function.
 */
export function whenHostSpeaks(f: () => void): () => void {
  if (queue.length > 0) {
    f();
    return () => {};
  }
  onFirst = f;
  return () => {
    if (onFirst === f) onFirst = null;
  };
}
