/**
 * Renders its children once they come near the viewport (within `margin`), a placeholder before.
 * For panels far below the fold whose first render is costly (the training lab's charts and
 * worker): the page's load stays light, and scrolling (or tabbing) towards them builds them in time.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export function NearViewport({
  eager = false,
  placeholder,
  children,
  margin = 800,
}: {
  eager?: boolean;
  placeholder: ReactNode;
  children: ReactNode;
  margin?: number;
}) {
  // Without IntersectionObserver (jsdom in unit tests) there is no viewport to wait for.
  const [near, setNear] = useState(eager || typeof IntersectionObserver === 'undefined');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: `${margin}px 0px` },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near, margin]);
  // The placeholder takes a Tab stop, so a keyboard reader reaches the panel without scrolling to
  // it: focusing it builds the panel, and the same element keeps focus, so the next Tab goes into
  // the panel's first control. The stop stays until the panel has a control of its own (its code
  // may still be loading after it came near), then gives way to it.
  const [hasControls, setHasControls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || hasControls) return;
    const check = () =>
      el.querySelector('button, input, select, textarea, a[href]') !== null && setHasControls(true);
    check();
    const mo = new MutationObserver(check);
    mo.observe(el, { childList: true, subtree: true });
    return () => mo.disconnect();
  }, [hasControls]);
  return (
    <div ref={ref} className="near-viewport" tabIndex={hasControls ? -1 : 0} onFocus={() => setNear(true)}>
      {near ? children : placeholder}
    </div>
  );
}
