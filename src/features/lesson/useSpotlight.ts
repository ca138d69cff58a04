/**
 * Finds what a tour stop talks about, scrolls it near the top of the window (a jump, no animation),
 * follows its box as the page moves, and places the tour card beside it,
 * below it or above it — on a phone, at the bottom of the screen under it — never on top of it.
 */
import { useEffect, useState } from 'react';
import type { CSSProperties, RefObject } from 'react';
import type { SpotId } from '../../content/story';
import { spotElement } from '../../ui/shared/spotlight';

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
/** The card's width beside what it highlights. */
export const CARD_WIDTH = 380;
/** Below or above a wide element the card spreads out: shorter lines, so it needs less height. */
const WIDE_CARD = 720;
/**
 * How far below the window's top the highlighted element lands, so its heading and its ring show
 * whole. The same figure is the elements' `scroll-margin-top` in lesson.css.
 */
export const SPOT_MARGIN = 48;

/** Where the card goes, given the highlighted box, the window and the card's own height. */
export function placeCard(at: Box | null, vw: number, vh: number, cardHeight: number): CSSProperties {
  if (!at) return { left: EDGE, right: EDGE, bottom: EDGE };
  // Not yet scrolled to (a new stop's element still below or above the window): place the card
  // where it will be once the element lands SPOT_MARGIN below the top — placed beside the box as it
  // is, the card left the window for the frames until the scroll (~110 ms before the lab's stop).
  const box = at.top >= vh || at.top + at.height <= 0 ? { ...at, top: SPOT_MARGIN } : at;
  // On a phone the card takes the bottom of the screen up to what it highlights, and at least
  // 45% of the screen (below that a tall element's lower part goes under the card).
  if (vw < PHONE_WIDTH)
    return {
      left: EDGE,
      right: EDGE,
      bottom: EDGE,
      maxHeight: Math.max(0.45 * vh, vh - box.top - box.height - GAP - EDGE),
    };
  const right = box.left + box.width;
  const bottom = box.top + box.height;
  const top = Math.min(Math.max(box.top, EDGE), Math.max(EDGE, vh - cardHeight - EDGE));
  const width = CARD_WIDTH;
  // Every placement caps the card's height to the room it has; its words scroll inside.
  const tall = vh - top - EDGE;
  if (vw - right >= width + 2 * GAP) return { left: right + GAP, top, width, maxHeight: tall };
  if (box.left >= width + 2 * GAP) return { left: box.left - width - GAP, top, width, maxHeight: tall };
  const wide = Math.min(WIDE_CARD, vw - 2 * EDGE, Math.max(box.width, width));
  const left = Math.min(Math.max(box.left, EDGE), vw - wide - EDGE);
  const band = { left, width: wide };
  if (vh - bottom >= cardHeight + 2 * GAP)
    return { ...band, top: bottom + GAP, maxHeight: vh - bottom - 2 * GAP };
  if (box.top >= cardHeight + 2 * GAP)
    return { ...band, top: box.top - cardHeight - GAP, maxHeight: box.top - 2 * GAP };
  // A wide, tall element: the card takes the larger free band above or below it; its explanation
  // scrolls inside while the question and the buttons stay in view.
  if (vh - bottom >= box.top)
    return { ...band, top: bottom + GAP, maxHeight: Math.max(200, vh - bottom - 2 * GAP) };
  return { ...band, bottom: vh - box.top + GAP, maxHeight: Math.max(200, box.top - 2 * GAP) };
}

const sameBox = (a: Box | null, b: Box | null) =>
  a === b ||
  (!!a && !!b && a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height);

const boxOf = (el: HTMLElement | null): Box | null => {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return {
    top: Math.round(r.top),
    left: Math.round(r.left),
    width: Math.round(r.width),
    height: Math.round(r.height),
  };
};

/**
 * The highlighted element's box in the window (null while it is not on the page yet), and the box
 * of what a prediction's veil covers (the whole chart that would give the answer away).
 * The page scrolls to it once the stop's run is on the page (`ready`): the layout settles then.
 */
export function useSpotlight(
  spot: SpotId,
  stopKey: number,
  card: RefObject<HTMLElement | null>,
  ready: boolean,
  veil: SpotId | null,
): { box: Box | null; whole: Box | null; cardBox: Box | null } {
  const [boxes, setBoxes] = useState<{ box: Box | null; whole: Box | null; cardBox: Box | null }>({
    box: null,
    whole: null,
    cardBox: null,
  });
  useEffect(() => {
    let frame = 0;
    // While panels above it are still loading the element moves: it is followed until the reader
    // scrolls by themselves.
    let readerScrolled = false;
    // At the end of the page an element cannot reach the top: stop asking once nothing moves.
    let lastY = Number.NaN;
    let lastTop = Number.NaN;
    const mine = () => {
      readerScrolled = true;
    };
    const events = ['wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, mine, { passive: true });
    const follow = () => {
      const el = spotElement(spot, true);
      // Built only when scrolled near (the lab): bring its placeholder into view first.
      if (!el && spot === 'lab')
        document.querySelector('[data-panel="lab"]')?.scrollIntoView?.({ block: 'start' });
      if (el && ready && !readerScrolled) {
        // The element goes to the top (on a phone the card takes the bottom). An instant jump: a
        // smooth scroll is cut short when panels above finish loading; scrollIntoView, not
        // scrollTo, as it also reaches parts of the page still being laid out.
        const top = el.getBoundingClientRect().top;
        const stuck = Math.abs(window.scrollY - lastY) < 1 && Math.abs(top - lastTop) < 1;
        if (Math.abs(top - SPOT_MARGIN) > 2 && !stuck && typeof el.scrollIntoView === 'function') {
          const before = window.scrollY;
          el.scrollIntoView({ block: 'start', behavior: 'instant' });
          // WebKit moves nothing when the element sits inside nested `content-visibility: auto`
          // boxes: then the window is scrolled by the distance itself.
          if (Math.abs(window.scrollY - before) < 1)
            window.scrollBy({ top: el.getBoundingClientRect().top - SPOT_MARGIN, behavior: 'instant' });
        }
        lastY = window.scrollY;
        lastTop = el.getBoundingClientRect().top;
      }
      const box = boxOf(el);
      const whole = el && veil ? boxOf(spotElement(veil)) : null;
      // Where the card really is (its height follows its words), so the veil stops at its edge.
      const cardBox = veil ? boxOf(card.current) : null;
      setBoxes((b) =>
        sameBox(b.box, box) && sameBox(b.whole, whole) && sameBox(b.cardBox, cardBox)
          ? b
          : { box, whole, cardBox },
      );
      frame = window.requestAnimationFrame(follow);
    };
    frame = window.requestAnimationFrame(follow);
    return () => {
      window.cancelAnimationFrame(frame);
      for (const e of events) window.removeEventListener(e, mine);
    };
  }, [spot, stopKey, ready, veil, card]);
  // Each stop starts with the keyboard on its card.
  useEffect(() => card.current?.focus({ preventScroll: true }), [stopKey, card]);
  return boxes;
}
