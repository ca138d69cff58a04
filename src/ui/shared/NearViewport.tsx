/**
 * Renders its children once they come near the viewport (within `margin`), a placeholder before.
 * For panels far below the fold whose first render is costly (the training lab's charts and
 * worker): the page's load stays light, and scrolling (or tabbing) towards them builds them in time.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

export function NearViewport({ eager = false, placeholder, children, margin = 800 }: { eager?: boolean; placeholder: ReactNode; children: ReactNode; margin?: number }) {
  // Without IntersectionObserver (jsdom in unit tests) there is no viewport to wait for.
  const [near, setNear] = useState(eager || typeof IntersectionObserver === 'undefined');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setNear(true);
        io.disconnect();
      }
    }, { rootMargin: `${margin}px 0px` });
    io.observe(el);
    return () => io.disconnect();
  }, [near, margin]);
  // The placeholder takes a Tab stop, so a keyboard reader reaches the panel without scrolling to
  // it: focusing it builds the panel, and the same element keeps focus (tabIndex −1 once built), so
  // the next Tab goes into the panel's first control.
  return (
    <div ref={ref} className="near-viewport" tabIndex={near ? -1 : 0} onFocus={() => setNear(true)}>
      {near ? children : placeholder}
    </div>
  );
}
