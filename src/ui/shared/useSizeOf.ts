import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Dispatch, SetStateAction } from 'react';

type Size = { width: number; height: number };

/**
 * The element's content size, tracked with ResizeObserver (falls back to the window's size).
 * The size comes from the observer's own first report, made after the browser's next layout: reading
 * clientWidth here instead would force a layout in the middle of React's commit — on a page with the
 * explainer's levels open, of every figure in them, hidden ones included (`content-visibility`
 * skips their layout only until something asks for it).
 */
export function useSizeOf(el: HTMLElement | null): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useEffect(() => (el ? observeSize(el, setSize) : undefined), [el]);
  return size;
}

/** Reports the element's size to `set` until the returned function is called. */
function observeSize(el: HTMLElement, set: Dispatch<SetStateAction<Size>>): () => void {
  const report = (width: number, height: number) =>
    // A box not laid out yet (in a skipped, off-screen subtree) reports 0: the window stands in.
    set((s) => {
      const next = { width: width || window.innerWidth, height: height || window.innerHeight };
      return next.width === s.width && next.height === s.height ? s : next;
    });
  if (typeof ResizeObserver === 'undefined') {
    const measure = () => report(el.clientWidth, el.clientHeight);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }
  // A box in a skipped subtree (content-visibility: auto, off screen) reports 0 until it is scrolled
  // near. Its first real size then renders at once, inside the observer's callback, which runs after
  // layout and before paint: a default-priority render would come after that paint, and the chart
  // would show for a frame at the window's width.
  let skipped = false;
  const ro = new ResizeObserver(([entry]) => {
    const [box] = entry.contentBoxSize;
    const [width, height] = [Math.round(box.inlineSize), Math.round(box.blockSize)];
    if (width === 0) skipped = true;
    else if (skipped) {
      skipped = false;
      flushSync(() => report(width, height));
      return;
    }
    report(width, height);
  });
  ro.observe(el);
  return () => ro.disconnect();
}
