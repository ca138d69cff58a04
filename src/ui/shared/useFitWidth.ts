import { useState } from 'react';
import { useSizeOf } from './useSizeOf';

/**
 * The width to draw a chart at: its designed width, or less where its box is narrower (a phone), so
 * its text is drawn at its own size instead of the whole drawing being scaled down to a few pixels.
 * Returns a callback ref for the box, the width, and whether it was narrowed ("fitted"). A callback
 * ref, so that a box that mounts after the component (the lab's gradient chart appears with the
 * race's first update) is measured too.
 */
export function useFitWidth<E extends HTMLElement = HTMLDivElement>(designed: number, min = 280) {
  const [el, ref] = useState<E | null>(null);
  const { width } = useSizeOf(el);
  const fitted = width > 0 && width < designed;
  return { ref, width: fitted ? Math.max(min, Math.round(width)) : designed, fitted };
}
