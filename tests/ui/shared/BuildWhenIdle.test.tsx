/**
 * The levels' figures build after load: one per idle moment of the browser, the highest on the page
 * first, or at once (out of turn) when the reader comes near one. jsdom has neither idle callbacks
 * nor IntersectionObserver, so both are stood in for and driven by hand.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let idle: (() => void)[] = [];
let observers: { cb: IntersectionObserverCallback; els: Element[] }[] = [];

beforeEach(() => {
  idle = [];
  observers = [];
  vi.resetModules();
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      entry: { cb: IntersectionObserverCallback; els: Element[] };
      constructor(cb: IntersectionObserverCallback) {
        this.entry = { cb, els: [] };
        observers.push(this.entry);
      }
      observe(el: Element) {
        this.entry.els.push(el);
      }
      disconnect() {
        this.entry.els = [];
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

/** Runs the idle callbacks waiting now (one figure each), as the browser would in a quiet moment. */
const idleMoment = () =>
  act(() => {
    const now = idle;
    idle = [];
    for (const cb of now) cb();
  });

/** The page: a figure per name, in this order (a fresh module each test: its queue is module state). */
async function figures() {
  const { BuildWhenIdle } = await import('../../../src/ui/shared/BuildWhenIdle');
  return (names: string[]) => (
    <>
      {names.map((n) => (
        <BuildWhenIdle key={n}>
          <p>{n} figure</p>
        </BuildWhenIdle>
      ))}
    </>
  );
}

async function page() {
  return render((await figures())(['first', 'second', 'third']));
}

describe('figures built when the page is idle', () => {
  it('builds one figure per idle moment, top of the page first', async () => {
    expect(document.readyState).toBe('complete');
    const { container } = await page();
    expect(screen.queryByText(/figure/)).toBeNull();
    expect(container.querySelectorAll('.build-pending')).toHaveLength(3);
    await idleMoment();
    expect(screen.getByText('first figure')).toBeTruthy();
    expect(screen.queryByText('second figure')).toBeNull();
    await idleMoment();
    expect(screen.getByText('second figure')).toBeTruthy();
    expect(screen.queryByText('third figure')).toBeNull();
    await idleMoment();
    expect(screen.getByText('third figure')).toBeTruthy();
    expect(container.querySelectorAll('.build-pending')).toHaveLength(0);
    // Nothing left to build: no more idle work is asked for.
    expect(idle).toHaveLength(0);
  });

  it('builds a figure at once when it comes near the viewport, and the rest still in turn', async () => {
    await page();
    const third = observers[2];
    await act(async () =>
      third.cb(
        [{ isIntersecting: true, target: third.els[0] } as unknown as IntersectionObserverEntry],
        {} as IntersectionObserver,
      ),
    );
    expect(screen.getByText('third figure')).toBeTruthy();
    expect(screen.queryByText('first figure')).toBeNull();
    await idleMoment();
    expect(screen.getByText('first figure')).toBeTruthy();
    await idleMoment();
    expect(screen.getByText('second figure')).toBeTruthy();
  });

  it('is not kept waiting by a figure that goes away before its turn', async () => {
    const view = await figures();
    const { rerender } = render(view(['first', 'second']));
    rerender(view(['second']));
    await idleMoment();
    expect(screen.getByText('second figure')).toBeTruthy();
  });
});
