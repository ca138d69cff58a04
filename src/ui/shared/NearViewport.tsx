/**
 * Renders its children once they come near the viewport (within `margin`), a placeholder before.
 * For panels far below the fold whose first render is costly (the training lab's charts and
 * worker): the page's load stays light, and scrolling towards them builds them in time.
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
  return near ? <>{children}</> : <div ref={ref}>{placeholder}</div>;
}
