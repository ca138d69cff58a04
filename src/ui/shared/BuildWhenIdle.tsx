/**
 * Builds its children a little after the page has loaded: one figure per idle moment of the
 * browser, the highest on the page first — or at once when the reader scrolls near it (its
 * placeholder takes no Tab stop: the figures are built about a second after load, before a keyboard
 * reader gets there; NearViewport, for the lab, is the one that builds on focus).
 *
 * Why: a link that opens the explainer's levels asks for some 3,000 elements of equations and
 * figures far below the first screen. Built in the same few commits as the first screen they held
 * the main thread for 150 ms and more at a time (bench/lighthouse.bench.ts). One figure at a time,
 * each in an interruptible render (a transition), the page answers a tap at every moment, and
 * everything is on the page (for find-in-page and the tour) a second or two after load.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { whenIdleAfterLoad } from './idle';

interface Job {
  el: HTMLElement;
  build: () => void;
}

const queue: Job[] = [];
/** The job the builder has started and waits on (one at a time). */
let current: Job | null = null;
let waiting = false;

/** Builds the next queued figure (page order) in an idle moment, once the page has loaded. */
function next(): void {
  if (current || waiting || queue.length === 0) return;
  waiting = true;
  whenIdleAfterLoad(() => {
    waiting = false;
    queue.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    current = queue.shift() ?? null;
    current?.build();
  });
}

/** The job's figure has committed (or will never): the builder goes on to the next. */
function finished(job: Job): void {
  const at = queue.indexOf(job);
  if (at >= 0) queue.splice(at, 1);
  if (current === job) current = null;
  next();
}

export function BuildWhenIdle({ children, minHeight = 240 }: { children: ReactNode; minHeight?: number }) {
  // Without IntersectionObserver (jsdom in unit tests) there is no viewport or idle time to wait for.
  const [ready, setReady] = useState(typeof IntersectionObserver === 'undefined');
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (ready || !el) return;
    const job: Job = { el, build: () => startTransition(() => setReady(true)) };
    queue.push(job);
    next();
    // Near the viewport: build now, out of turn.
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) job.build();
      },
      { rootMargin: '800px 0px' },
    );
    io.observe(el);
    // Runs when the built figure commits (ready turned true) or the placeholder unmounts.
    return () => {
      io.disconnect();
      finished(job);
    };
  }, [ready]);

  return ready ? (
    <>{children}</>
  ) : (
    <div ref={ref} className="build-pending" style={{ minHeight }} aria-hidden="true" />
  );
}
