/**
 * A PyTorch snippet with a copy button. Highlighting (highlight.js core + the Python grammar
 * only) loads lazily; until then, and if it fails, the code shows as plain text.
 */
import { useEffect, useState } from 'react';
import { CopyButton } from '../../ui/shared/CopyButton';

let highlighter: Promise<(code: string) => string> | null = null;

function loadHighlighter(): Promise<(code: string) => string> {
  highlighter ??= Promise.all([import('highlight.js/lib/core'), import('highlight.js/lib/languages/python')]).then(([core, python]) => {
    const hljs = core.default;
    hljs.registerLanguage('python', python.default);
    // hljs escapes the source; the input is our own constant snippet in any case.
    return (code: string) => hljs.highlight(code, { language: 'python' }).value;
  });
  return highlighter;
}

export function CodeBlock({ title, source }: { title: string; source: string }) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadHighlighter()
      .then((hl) => live && setHtml(hl(source)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [source]);
  return (
    <figure className="code-block">
      <figcaption>
        <span>{title}</span>
        <CopyButton text={source} label={`Copy code: ${title}`} />
      </figcaption>
      <pre tabIndex={0} aria-label={title}>
        {html === null ? <code>{source}</code> : <code className="hljs language-python" dangerouslySetInnerHTML={{ __html: html }} />}
      </pre>
    </figure>
  );
}
