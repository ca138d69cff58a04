import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

/** Typeset TeX with KaTeX. Only our own constant equations reach here, never user text. */
export function Tex({ tex, display = false, label }: { tex: string; display?: boolean; label?: string }) {
  const html = useMemo(() => katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' }), [tex, display]);
  return <span className={display ? 'tex tex-display' : 'tex'} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
