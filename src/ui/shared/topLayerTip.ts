/**
 * A term's definition shown in the browser's top layer (the Popover API), placed under its term,
 * flipped above it when there is no room below, and shifted to stay inside the window (Floating UI).
 *
 * Why the top layer: a panel that skips layout while off screen (`content-visibility: auto`) also
 * clips paint while on screen, and a definition positioned inside it was cut at the panel's edge;
 * one placed `left: 0` under a term near the window's right edge ran off the page. Floating UI loads
 * with the first definition opened, not with the first screen. Where the Popover API is missing
 * (older browsers, jsdom) the caller keeps the CSS placement under the term.
 */
type FloatingUi = typeof import('@floating-ui/dom');

let floatingUi: Promise<FloatingUi> | undefined;
const loadFloatingUi = () => (floatingUi ??= import('@floating-ui/dom'));

export const topLayerSupported = (): boolean =>
  typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';

/**
 * Shows `tip` (an element with `popover="manual"`) beside `anchor` and keeps it there while the
 * page scrolls or resizes. Returns the function that hides it. `onFail` runs if Floating UI cannot
 * load, so the caller can fall back to the CSS placement.
 */
export function showTip(anchor: HTMLElement, tip: HTMLElement, onFail: () => void): () => void {
  let hidden = false;
  let stopFollowing: (() => void) | undefined;
  loadFloatingUi().then(
    ({ autoUpdate, computePosition, flip, hide, offset, shift }) => {
      if (hidden || !anchor.isConnected || !tip.isConnected) return;
      // Shown unseen first: Floating UI measures the open popover, and the position lands in the
      // same task, before the browser paints it.
      tip.style.visibility = 'hidden';
      tip.showPopover();
      stopFollowing = autoUpdate(anchor, tip, () => {
        void computePosition(anchor, tip, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [offset(4), flip({ padding: 8 }), shift({ padding: 8 }), hide()],
        }).then(({ x, y, middlewareData }) => {
          if (hidden) return;
          tip.style.left = `${x}px`;
          tip.style.top = `${y}px`;
          // A term scrolled out of a box that scrolls inside the page takes its definition with
          // it: in the top layer no box clips it (no term sits in one today; TermText is shared).
          tip.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : '';
        });
      });
    },
    () => {
      if (!hidden) onFail();
    },
  );
  return () => {
    hidden = true;
    stopFollowing?.();
    if (tip.matches(':popover-open')) tip.hidePopover();
    tip.style.visibility = '';
  };
}
