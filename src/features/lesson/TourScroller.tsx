/**
 * A part of the tour card that scrolls when the screen is short: the explanation, and the question
 * with its answer once revealed. A fade alone was missed by a student reading on a phone, so while
 * more text waits below, a "More below" button says so and scrolls it.
 */
import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/i18n';
import type { ReactNode } from 'react';

export function TourScroller({
  part,
  label,
  children,
}: {
  /** Its class: `tour-body` (the explanation) or `tour-predict` (the question and answer). */
  part: 'tour-body' | 'tour-predict';
  /** Its name for a screen reader, when it is a group of its own. */
  label?: string;
  children: ReactNode;
}) {
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
    <div className={`${part}-wrap${more ? ' has-more' : ''}`}>
      <div
        ref={body}
        className={part}
        {...(label ? { tabIndex: 0, role: 'group', 'aria-label': label } : {})}
      >
        {part === 'tour-body' ? <div className="tour-content">{children}</div> : children}
      </div>
      {more && (
        <button
          type="button"
          className="tour-more"
          onClick={() => body.current?.scrollBy({ top: body.current.clientHeight * 0.8, behavior: 'smooth' })}
        >
          {t('tour.moreBelow')}
        </button>
      )}
    </div>
  );
}
