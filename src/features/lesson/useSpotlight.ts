/**
 * Finds what a tour stop talks about, scrolls it to the top of the window (at once under
 * prefers-reduced-motion), follows its box as the page moves, and places the tour card beside it,
 * below it or above it — on a phone, at the bottom of the screen under it — never on top of it.
 */
import { useEffect, useState } from 'react';
import type { CSSProperties, RefObject } from 'react';
import type { SpotId } from '../../content/story';
import { reducedMotion, spotElement } from '../../ui/shared/spotlight';

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Narrower than this, the card sits at the bottom of the screen, full width. */
export const PHONE_WIDTH = 700;
const GAP = 12;
const EDGE = 8;
const CARD_WIDTH = 380;

/** Where the card goes, given the highlighted box, the window and the card's own height. */
export function placeCard(box: Box | null, vw: number, vh: number, cardHeight: number): CSSProperties {
  if (vw < PHONE_WIDTH || !box) return { left: EDGE, right: EDGE, bottom: EDGE };
  const right = box.left + box.width;
  const bottom = box.top + box.height;
  const top = Math.min(Math.max(box.top, EDGE), Math.max(EDGE, vh - cardHeight - EDGE));
  const width = CARD_WIDTH;
  if (vw - right >= width + 2 * GAP) return { left: right + GAP, top, width };
  if (box.left >= width + 2 * GAP) return { left: box.left - width - GAP, top, width };
  const left = Math.min(Math.max(box.left, EDGE), vw - width - EDGE);
  if (vh - bottom >= cardHeight + 2 * GAP) return { left, top: bottom + GAP, width };
  if (box.top >= cardHeight + 2 * GAP) return { left, top: box.top - cardHeight - GAP, width };
  return { right: EDGE, bottom: EDGE, width };
}

const sameBox = (a: Box | null, b: Box | null) => a === b || (!!a && !!b && a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height);

/** The highlighted element's box in the window, or null while it is not on the page yet. */
export function useSpotlight(spot: SpotId, stopKey: number, card: RefObject<HTMLElement | null>): Box | null {
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    let frame = 0;
    let scrolled = false;
    const follow = () => {
      const el = spotElement(spot);
      if (!el) {
        // Built only when scrolled near (the lab): bring its placeholder into view first.
        if (spot === 'lab') document.querySelector('section[aria-label="Training lab"]')?.scrollIntoView?.({ block: 'start' });
        setBox(null);
      } else {
        if (!scrolled) {
          scrolled = true;
          // On a phone the card takes the bottom of the screen: the element goes to the top.
          const r = el.getBoundingClientRect();
          const phone = window.innerWidth < PHONE_WIDTH;
          const y = window.scrollY + r.top - (phone ? EDGE : 3 * EDGE);
          window.scrollTo?.({ top: Math.max(0, y), behavior: reducedMotion() ? 'auto' : 'smooth' });
        }
        const r = el.getBoundingClientRect();
        const next = { top: Math.round(r.top), left: Math.round(r.left), width: Math.round(r.width), height: Math.round(r.height) };
        setBox((b) => (sameBox(b, next) ? b : next));
      }
      frame = window.requestAnimationFrame(follow);
    };
    frame = window.requestAnimationFrame(follow);
    card.current?.focus({ preventScroll: true });
    return () => window.cancelAnimationFrame(frame);
  }, [spot, stopKey, card]);
  return box;
}
