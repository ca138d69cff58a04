import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

/** Typeset TeX with KaTeX. Only our own constant equations reach here, never user text. */
/** KaTeX's MathML output is what screen readers read; no extra label is needed. */
export default function TexKatex({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(() => katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' }), [tex, display]);
  return <span className={display ? 'tex tex-display' : 'tex'} dangerouslySetInnerHTML={{ __html: html }} />;
}
