/**
 * A term of art with its one-line definition, shown on hover, on keyboard focus and on tap, and
 * read by screen readers as the term's description. A definition, not a control: it takes focus so
 * keyboard readers can open it, and Escape closes it.
 */
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { TERMS } from '../../content/terms';
import type { TermKey } from '../../content/terms';

export function Term({ k, children }: { k: TermKey; children?: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const term = TERMS[k];
  return (
    <span className="term-wrap">
      <dfn
        className="term"
        tabIndex={0}
        aria-describedby={id}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {children ?? k}
      </dfn>
      <span role="tooltip" id={id} className={open ? 'term-tip open' : 'term-tip'}>
        <strong>{term.name}:</strong> {term.definition}
      </span>
    </span>
  );
}
