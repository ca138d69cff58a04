/**
 * Where the tour puts the highlighted element and its card: the element near the top with its
 * heading clear of the edge, even in an engine whose scrollIntoView moves nothing (WebKit inside
 * nested `content-visibility: auto` boxes), and the card never over it.
 */
import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PHONE_WIDTH, SPOT_MARGIN, placeCard, useSpotlight } from '../../../src/features/lesson/useSpotlight';

function Harness() {
  const card = useRef<HTMLElement>(null);
  useSpotlight('timeline', 1, card, true, null);
  return (
    <>
      <div data-spot="timeline">the timeline</div>
      <section ref={card} tabIndex={-1} />
    </>
  );
}

afterEach(() => vi.restoreAllMocks());

describe('the tour’s spotlight', () => {
  it('scrolls the window itself when scrollIntoView moves nothing, to SPOT_MARGIN below the top', async () => {
    let y = 0;
    // An element 6,000 px down the page, as WebKit left it.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
      () => ({ top: 6000 - y, left: 0, width: 800, height: 200, bottom: 6200 - y, right: 800 }) as DOMRect,
    );
    const ignored = vi.fn();
    HTMLElement.prototype.scrollIntoView = ignored;
    Object.defineProperty(window, 'scrollY', { configurable: true, get: () => y });
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(((o: ScrollToOptions) => {
      y += o.top ?? 0;
    }) as typeof window.scrollBy);
    render(<Harness />);
    await vi.waitFor(() => expect(scrollBy).toHaveBeenCalled());
    expect(ignored).toHaveBeenCalled();
    expect(6000 - y).toBe(SPOT_MARGIN);
    // Once there, it stays: no further scrolling on later frames.
    const calls = scrollBy.mock.calls.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(scrollBy.mock.calls.length).toBe(calls);
    // @ts-expect-error: jsdom has no scrollIntoView; the test added it
    delete HTMLElement.prototype.scrollIntoView;
  });

  it('on a phone gives the card the screen below the element, never over it, and at least 45% of it', () => {
    const below = placeCard({ top: 48, left: 0, width: 390, height: 230 }, 390, 844, 500);
    expect(below.bottom).toBe(8);
    expect(844 - 8 - Number(below.maxHeight)).toBeGreaterThanOrEqual(48 + 230);
    const tall = placeCard({ top: 48, left: 0, width: 390, height: 700 }, 390, 844, 500);
    expect(Number(tall.maxHeight)).toBeCloseTo(0.45 * 844);
    expect(PHONE_WIDTH).toBeGreaterThan(390);
  });

  it('below a wide element on a desktop the card spreads out, inside the window and under the element', () => {
    const s = placeCard({ top: 48, left: 30, width: 1220, height: 240 }, 1280, 800, 400);
    expect(Number(s.width)).toBeGreaterThan(380);
    expect(Number(s.left) + Number(s.width)).toBeLessThanOrEqual(1280 - 8);
    expect(Number(s.top)).toBeGreaterThanOrEqual(48 + 240);
    expect(Number(s.top) + Number(s.maxHeight)).toBeLessThanOrEqual(800);
  });

  it('while a new stop’s element is still below the window, the card stays in the window where it will be after the scroll', () => {
    // The lab's stop, measured before this fix: the panel 1,700 px down put the card there for ~110 ms.
    const lab = { left: 30, width: 1220, height: 250 };
    for (const [vw, vh] of [
      [1280, 800],
      [390, 844],
    ]) {
      const before = placeCard({ ...lab, top: 1700 }, vw, vh, 300);
      const after = placeCard({ ...lab, top: SPOT_MARGIN }, vw, vh, 300);
      expect(before).toEqual(after);
      const top = before.top === undefined ? vh - 8 - Number(before.maxHeight) : Number(before.top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(vh);
      // Above the window (scrolled past) alike.
      expect(placeCard({ ...lab, top: -900 }, vw, vh, 300)).toEqual(after);
    }
  });
});
