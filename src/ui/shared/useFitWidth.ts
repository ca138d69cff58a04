import { useRef } from 'react';
import { useElementSize } from './useElementSize';

/**
 * The width to draw a chart at: its designed width, or less where its box is narrower (a phone), so
 * its text is drawn at its own size instead of the whole drawing being scaled down to a few pixels.
 * Returns the box's ref, the width, and whether it was narrowed ("fitted").
 */
export function useFitWidth<E extends HTMLElement = HTMLDivElement>(designed: number, min = 280) {
  const ref = useRef<E>(null);
  const { width } = useElementSize(ref);
  const fitted = width > 0 && width < designed;
  return { ref, width: fitted ? Math.max(min, Math.round(width)) : designed, fitted };
}
