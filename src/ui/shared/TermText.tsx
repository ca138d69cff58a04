/**
 * Prose with its glossary terms marked (`[[key]]`, `[[key|shown words]]`) rendered as terms with
 * definitions, and its symbols (`W_hh`) typeset. A mark naming no glossary entry shows its words plainly.
 */
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { TERM_MARK, isTermKey } from '../../content/terms';
import { withSubscripts } from './Subscripts';
import { Term } from './Term';

export function TermText({ text }: { text: string }): ReactNode {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(TERM_MARK)) {
    const at = m.index ?? 0;
    if (at > last) out.push(<Fragment key={`t${last}`}>{withSubscripts(text.slice(last, at))}</Fragment>);
    const shown = m[2] ?? m[1];
    out.push(
      isTermKey(m[1]) ? (
        <Term key={at} k={m[1]}>
          {withSubscripts(shown)}
        </Term>
      ) : (
        shown
      ),
    );
    last = at + m[0].length;
  }
  if (last < text.length) out.push(<Fragment key={`t${last}`}>{withSubscripts(text.slice(last))}</Fragment>);
  return <>{out}</>;
}
