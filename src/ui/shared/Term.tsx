/**
 * A term of art with its one-line definition, shown on hover, on keyboard focus and on tap, and
 * read by screen readers as the term's description. A definition, not a control: it takes focus so
 * keyboard readers can open it, and Escape closes it. The definition opens in the top layer
 * (topLayerTip.ts), so no panel clips it and it stays inside the window.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { TERMS } from '../../content/terms';
import type { TermKey } from '../../content/terms';
import { showTip, topLayerSupported } from './topLayerTip';
import { usePart } from '../../i18n/usePart';

export function Term({ k, children }: { k: TermKey; children?: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [inPlace, setInPlace] = useState(() => !topLayerSupported());
  const termRef = useRef<HTMLElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  const term = TERMS[k];
  // The definitions are their own small chunk, fetched when the first term mounts (after the first
  // paint): until it is in, the term shows without its definition.
  const defined = usePart('terms');

  useEffect(() => {
    const anchor = termRef.current;
    const tip = tipRef.current;
    if (!open || inPlace || !anchor || !tip) return;
    return showTip(anchor, tip, () => setInPlace(true));
  }, [open, inPlace]);

  // A tap elsewhere closes it even where tapping plain text moves no focus (Safari on iOS).
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!termRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  return (
    <span className="term-wrap">
      <dfn
        ref={termRef}
        className="term"
        tabIndex={0}
        aria-describedby={id}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        // Opens, never toggles: a tap or a click also enters and focuses the term first, and a
        // toggle there closed what those had just opened. A tap elsewhere closes it (the effect above).
        onClick={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {children ?? k}
      </dfn>
      <span
        ref={tipRef}
        role="tooltip"
        id={id}
        popover={inPlace ? undefined : 'manual'}
        className={open && inPlace ? 'term-tip open' : 'term-tip'}
      >
        {defined && (
          <>
            <strong>{term.name}:</strong> {term.definition}
          </>
        )}
      </span>
    </span>
  );
}
