/**
 * A chart fits a box narrower than its design (a phone) — also a box that mounts after the chart's
 * owner did, as the lab's gradient chart appears only with a race's first update (it used to stay
 * at its designed width there, wider than a phone). jsdom has no ResizeObserver: it is stood in for,
 * reporting the box widths a browser would.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useFitWidth } from '../../../src/ui/shared/useFitWidth';

let observed: { cb: ResizeObserverCallback; el: Element }[] = [];
beforeEach(() => {
  observed = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private cb: ResizeObserverCallback) {}
      observe(el: Element) {
        observed.push({ cb: this.cb, el });
      }
      disconnect() {
        observed = observed.filter((o) => o.cb !== this.cb);
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

/** The browser lays the observed boxes out at `width` px. */
const layOut = (width: number) =>
  act(() => {
    for (const { cb } of observed)
      cb(
        [
          {
            contentBoxSize: [{ inlineSize: width, blockSize: 240 }],
            contentRect: { width, height: 240 },
          } as unknown as ResizeObserverEntry,
        ],
        {} as ResizeObserver,
      );
  });

function LaterChart() {
  const [shown, setShown] = useState(false);
  const { ref, width, fitted } = useFitWidth(520);
  return (
    <>
      <button type="button" onClick={() => setShown(true)}>
        Show
      </button>
      {shown && (
        <div ref={ref}>
          <svg role="img" aria-label={fitted ? 'fitted chart' : 'chart'} width={width} />
        </div>
      )}
    </>
  );
}

it('measures a box that mounts after its owner, and draws the chart at its width', () => {
  render(<LaterChart />);
  expect(observed).toHaveLength(0);
  fireEvent.click(screen.getByRole('button', { name: 'Show' }));
  // Before the first layout it is drawn at its design.
  expect(screen.getByRole('img', { name: 'chart' })).toHaveAttribute('width', '520');
  layOut(358);
  expect(screen.getByRole('img', { name: 'fitted chart' })).toHaveAttribute('width', '358');
  // A box wider than the design keeps the design; one narrower than the floor keeps the floor.
  layOut(900);
  expect(screen.getByRole('img', { name: 'chart' })).toHaveAttribute('width', '520');
  layOut(200);
  expect(screen.getByRole('img', { name: 'fitted chart' })).toHaveAttribute('width', '280');
});

function Chart() {
  const { ref, width, fitted } = useFitWidth(520);
  return (
    <div ref={ref}>
      <svg role="img" aria-label={fitted ? 'fitted chart' : 'chart'} width={width} />
    </div>
  );
}

it('draws a chart scrolled into view from a skipped box at its size in the same frame', () => {
  render(<Chart />);
  // Off screen under content-visibility: auto, the box is not laid out and reports 0.
  layOut(0);
  // Scrolled near: the browser lays the box out and calls the observer before it paints. The chart
  // must have its new width when the callback returns, with no render left for later.
  const entry = {
    contentBoxSize: [{ inlineSize: 358, blockSize: 240 }],
    contentRect: { width: 358, height: 240 },
  } as unknown as ResizeObserverEntry;
  for (const { cb } of observed) cb([entry], {} as ResizeObserver);
  expect(screen.getByRole('img', { name: 'fitted chart' })).toHaveAttribute('width', '358');
});
