/**
 * Prose keeps its symbols as plain text (`W_ih`, `h_{t−1}`), which reads badly on the page; this
 * typesets each such symbol as an italic letter with a real subscript, without loading KaTeX.
 */
import type { ReactNode } from 'react';

const SYMBOL = /(?<![\w.])(∂?[A-Za-z]′?)_(\{[^}]+\}|[A-Za-z0-9]+)(?![\w(])/g;

/** Split text at its symbols: plain strings, and [letter, subscript] pairs. */
function parts(text: string): (string | [string, string])[] {
  const out: (string | [string, string])[] = [];
  let last = 0;
  for (const m of text.matchAll(SYMBOL)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push([m[1], m[2].startsWith('{') ? m[2].slice(1, -1) : m[2]]);
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The same for SVG text: subscripts as lowered, smaller tspans. */
export function svgSubscripts(text: string): ReactNode[] {
  return parts(text).map((p, k) =>
    typeof p === 'string' ? (
      p
    ) : (
      <tspan key={k}>
        <tspan fontStyle="italic">{p[0]}</tspan>
        <tspan baselineShift="sub" fontSize="80%">
          {p[1]}
        </tspan>
      </tspan>
    ),
  );
}

export function withSubscripts(text: string): ReactNode[] {
  return parts(text).map((p, k) =>
    typeof p === 'string' ? (
      p
    ) : (
      <span className="sym" key={k}>
        <i>{p[0]}</i>
        <sub>{p[1]}</sub>
      </span>
    ),
  );
}
