/**
 * The timeline's scrolling and focus: the scroll box's position and width, kept from scroll and
 * resize events so that keeping the selection in view never reads layout right after React
 * changed the DOM (a forced reflow of the whole timeline on every selection); `seen` is the same,
 * as state: it decides which cells are drawn. Arrow keys, Home and End move the selection, and
 * focus follows it once it has rendered.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, UIEvent } from 'react';

export function useTimelineScroll({
  step,
  T,
  fit,
  cellW,
  xOf,
  onSelect,
}: {
  step: number;
  T: number;
  fit: boolean;
  cellW: number;
  xOf: (t: number) => number;
  onSelect: (t: number) => void;
}) {
  const refs = useRef<(SVGGElement | null)[]>([]);
  const focusNext = useRef(false);
  const scroller = useRef<HTMLDivElement>(null);
  const placed = useRef(false);

  const viewport = useRef({ left: 0, width: 0 });
  const [seen, setSeen] = useState({ left: 0, width: 0 });
  const frame = useRef(0);
  const publish = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const { left, width: w } = viewport.current;
      setSeen((old) => (old.left === left && old.width === w ? old : { left, width: w }));
    });
  }, []);
  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      // A remount (React's StrictMode does one) must be able to publish again.
      frame.current = 0;
    },
    [],
  );
  // The box's first size is read in the next frame, just before the browser lays it out anyway:
  // read here, in React's commit, it forced the style and layout of the whole new page into the
  // same task as the render (on load with the levels open, one task of 150 ms and more).
  const measured = useRef(false);
  useEffect(() => {
    const box = scroller.current;
    if (!box || fit) return;
    measured.current = false;
    const first = requestAnimationFrame(() => {
      viewport.current = { left: box.scrollLeft, width: box.clientWidth };
      measured.current = true;
      publish();
    });
    if (typeof ResizeObserver === 'undefined') return () => cancelAnimationFrame(first);
    const ro = new ResizeObserver(([entry]) => {
      viewport.current.width = entry.contentRect.width;
      publish();
    });
    ro.observe(box);
    return () => {
      cancelAnimationFrame(first);
      ro.disconnect();
    };
  }, [fit, publish]);

  useEffect(() => {
    const el = refs.current[step];
    if (focusNext.current && el) {
      el.focus({ preventScroll: true });
      focusNext.current = false;
    }
    // Keep the selected cell in view (phones scroll the timeline sideways).
    const box = scroller.current;
    if (!box || fit) return;
    if (!measured.current) {
      // Not measured yet (the first frame): place it right after the measurement, in the same frame.
      const later = requestAnimationFrame(() => keepInView(box));
      return () => cancelAnimationFrame(later);
    }
    keepInView(box);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- xOf follows cellW
  }, [step, fit, cellW]);

  function keepInView(box: HTMLDivElement) {
    const { left: shownLeft, width: shownW } = viewport.current;
    const left = xOf(step) - 20;
    const right = xOf(step) + cellW + 20;
    // Jump on first show (a shared link opening at step 51), glide afterwards unless the reader
    // asked for reduced motion.
    const glide = placed.current && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const behavior: ScrollBehavior = glide ? 'smooth' : 'instant';
    const target = left < shownLeft ? left : right > shownLeft + shownW ? right - shownW : null;
    if (target !== null) {
      box.scrollTo?.({ left: target, behavior });
      viewport.current.left = target;
      publish();
    }
    placed.current = true;
  }

  const register = useCallback((t: number, el: SVGGElement | null) => {
    refs.current[t] = el;
  }, []);
  const onKey = useCallback(
    (e: KeyboardEvent<SVGGElement>, t: number) => {
      const target = { ArrowRight: t + 1, ArrowLeft: t - 1, Home: 0, End: T - 1 }[e.key];
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(t);
        return;
      }
      if (target === undefined) return;
      e.preventDefault();
      const next = Math.max(0, Math.min(T - 1, target));
      // Focus follows the selection once it has rendered (the effect above); at either end nothing moves.
      if (next !== t) focusNext.current = true;
      onSelect(next);
    },
    [T, onSelect],
  );

  const onScroll = useCallback(
    (e: UIEvent<HTMLDivElement>) => {
      viewport.current.left = e.currentTarget.scrollLeft;
      publish();
    },
    [publish],
  );
  return { scroller, seen, register, onKey, onScroll };
}
