/**
 * The tour card's explanation: the one part of the card that scrolls when the screen is short (a
 * phone with a prediction below it). A fade alone was missed by a student reading on a phone, so
 * while more text waits below, a "More below" button says so and scrolls it.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export function TourExplanation({ children }: { children: ReactNode }) {
  const body = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const check = () => setMore(el.scrollHeight - el.clientHeight - el.scrollTop > 4);
    check();
    el.addEventListener('scroll', check, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(check);
    ro?.observe(el);
    if (el.firstElementChild) ro?.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', check);
      ro?.disconnect();
    };
  }, []);
  return (
    <div className={`tour-body-wrap${more ? ' has-more' : ''}`}>
      <div
        ref={body}
        className="tour-body"
        tabIndex={0}
        role="group"
        aria-label="This stop (scrolls when long)"
      >
        <div className="tour-content">{children}</div>
      </div>
      {more && (
        <button
          type="button"
          className="tour-more"
          onClick={() => body.current?.scrollBy({ top: body.current.clientHeight * 0.8, behavior: 'smooth' })}
        >
          More below ↓
        </button>
      )}
    </div>
  );
}
