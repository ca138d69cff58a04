import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The element's content size, tracked with ResizeObserver (falls back to the window's size).
 * The size comes from the observer's own first report, made after the browser's next layout: reading
 * clientWidth here instead would force a layout in the middle of React's commit — on a page with the
 * explainer's levels open, of every figure in them, hidden ones included (`content-visibility`
 * skips their layout only until something asks for it).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof ResizeObserver === 'undefined') {
      const measure = () => setSize({ width: el.clientWidth || window.innerWidth, height: el.clientHeight || window.innerHeight });
      measure();
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const ro = new ResizeObserver(([entry]) => {
      const box = entry.contentBoxSize?.[0];
      const width = Math.round(box ? box.inlineSize : entry.contentRect.width);
      const height = Math.round(box ? box.blockSize : entry.contentRect.height);
      // A box not laid out yet (in a skipped, off-screen subtree) reports 0: the window stands in, as before.
      setSize((s) => {
        const next = { width: width || window.innerWidth, height: height || window.innerHeight };
        return next.width === s.width && next.height === s.height ? s : next;
      });
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
