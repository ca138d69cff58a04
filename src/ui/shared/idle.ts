/**
 * Runs `cb` in the browser's first idle moment after the page has loaded (or after `timeout` ms of
 * waiting for one, so a page that is never idle still gets there). For work the first screen does
 * not need: done earlier, it competed with the first screen's own render and layout for the CPU.
 * Returns a function that cancels it.
 */
export function whenIdleAfterLoad(cb: () => void, timeout = 1500): () => void {
  let cancelled = false;
  let idleHandle: number | undefined;
  const idle = () => {
    if (cancelled) return;
    idleHandle =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(() => !cancelled && cb(), { timeout })
        : window.setTimeout(() => !cancelled && cb(), 50);
  };
  if (typeof document === 'undefined' || document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', idle);
    if (idleHandle !== undefined)
      (typeof window.cancelIdleCallback === 'function' ? window.cancelIdleCallback : window.clearTimeout)(
        idleHandle,
      );
  };
}
