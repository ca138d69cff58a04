/**
 * Prose keeps its symbols as plain text (`W_ih`, `h_{t−1}`), which reads badly on the page; this
 * typesets each such symbol as an italic letter with a real subscript, without loading KaTeX.
 */
import type { ReactNode } from 'react';

const SYMBOL = /(?<![\w.])(∂?[A-Za-z])_(\{[^}]+\}|[A-Za-z0-9]+)(?![\w(])/g;

export function withSubscripts(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(SYMBOL)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const sub = m[2].startsWith('{') ? m[2].slice(1, -1) : m[2];
    out.push(
      <span className="sym" key={at}>
        <i>{m[1]}</i>
        <sub>{sub}</sub>
      </span>,
    );
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function Typeset({ text }: { text: string }) {
  return <>{withSubscripts(text)}</>;
}
