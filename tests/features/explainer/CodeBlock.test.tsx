/** The levels' PyTorch snippets: highlighted from the first render, the text itself unchanged. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CodeBlock } from '../../../src/features/explainer/CodeBlock';
import { LEVELS } from '../../../src/content/levels';

describe('CodeBlock', () => {
  it.each(LEVELS.map((l) => [l.id, l.code] as const))(
    'level %i: keywords are marked on the first render and the text is the source',
    (_id, code) => {
      render(<CodeBlock title={code.title} source={code.source} />);
      const block = screen.getByLabelText(code.title).querySelector('code');
      expect(block).toHaveClass('hljs');
      // Python's keywords, read from the snippet rather than from the highlighter.
      const keywords = new Set(code.source.match(/\b(import|from|class|def|return|for|in)\b/g));
      const marked = new Set([...block!.querySelectorAll('.hljs-keyword')].map((el) => el.textContent));
      expect(keywords.size).toBeGreaterThan(0);
      for (const k of keywords) expect(marked).toContain(k);
      expect(block!.textContent).toBe(code.source);
    },
  );

  it('shows a source the build did not highlight as plain text', () => {
    render(<CodeBlock title="Scratch" source={'x = 1 < 2'} />);
    const block = screen.getByLabelText('Scratch').querySelector('code');
    expect(block).not.toHaveClass('hljs');
    expect(block!.textContent).toBe('x = 1 < 2');
  });
});
