/**
 * A PyTorch snippet with a copy button. The snippets are constants, highlighted at build time
 * (vite.config.ts): a source the build did not see shows as plain text.
 */
import HIGHLIGHTED from 'virtual:highlighted-code';
import { CopyButton } from '../../ui/shared/CopyButton';

export function CodeBlock({ title, source }: { title: string; source: string }) {
  const html = HIGHLIGHTED[source];
  return (
    <figure className="code-block">
      <figcaption>
        <span>{title}</span>
        <CopyButton text={source} label={`Copy code: ${title}`} />
      </figcaption>
      <pre tabIndex={0} aria-label={title}>
        {html === undefined ? (
          <code>{source}</code>
        ) : (
          <code className="hljs language-python" dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </pre>
    </figure>
  );
}
