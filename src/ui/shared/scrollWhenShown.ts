/**
 * Scrolls to an element that a just-dispatched change is about to show (a level that opens, a view
 * that loads lazily): waits frame by frame until it exists, for at most a few seconds, then scrolls.
 * Waiting on the element rather than a fixed delay keeps it right on a slow machine.
 */
export function scrollWhenShown(selector: string, maxFrames = 600): void {
  let frames = 0;
  const look = () => {
    const el = document.querySelector(selector);
    if (el) {
      el.scrollIntoView?.({
        behavior: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
        block: 'start',
      });
      return;
    }
    if (++frames < maxFrames) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}
