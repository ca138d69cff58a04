/**
 * The page's heading and lead, with the view's tools beside them. index.html carries the same
 * heading and lead as static HTML (tests/staticMasthead.test.ts keeps them equal), so they paint
 * before any JavaScript has run.
 */
import type { ReactNode } from 'react';

export function Masthead({ children }: { children: ReactNode }) {
  return (
    <header className="masthead">
      <div>
        <h1>How a recurrent network remembers</h1>
        <p className="lead">
          An RNN reads a sequence one token at a time with <strong>the same small network</strong> at every
          step, and carries a memory vector — the hidden state <em>h</em> — from each step to the next. After
          the last token, that memory is its summary of everything it read. Click any step to look inside.
        </p>
      </div>
      <div className="masthead-tools">{children}</div>
    </header>
  );
}
