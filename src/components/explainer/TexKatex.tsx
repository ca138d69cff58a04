import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

/**
 * Typeset TeX with KaTeX; its MathML output is what screen readers read. Only the app's own
 * TeX (constant equations and numbers it formats) reaches here, never user text, so \htmlClass
 * is trusted: it tags symbols for hover-linking with the glossary.
 */
export default function TexKatex({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(
    () =>
      katex.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        output: 'htmlAndMathml',
        trust: (ctx) => ctx.command === '\\htmlClass',
        strict: 'ignore',
      }),
    [tex, display],
  );
  return <span className={display ? 'tex tex-display' : 'tex'} dangerouslySetInnerHTML={{ __html: html }} />;
}
