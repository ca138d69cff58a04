import katex from 'katex';
// KaTeX's style rules; its @font-face rules come with the page's own CSS (vite.config.ts, katexCss).
import 'virtual:katex-rules.css';
import { useMemo } from 'react';

/**
 * Typeset strings by TeX source: the inspector shows the same few equations again and again (a cell
 * switch there and back), and typesetting is the costly part of that render.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 400;

function typeset(tex: string, display: boolean): string {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = katex.renderToString(tex, {
      displayMode: display,
      throwOnError: false,
      output: 'htmlAndMathml',
      trust: (ctx) => ctx.command === '\\htmlClass',
      strict: 'ignore',
    });
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, html);
  }
  return html;
}

/**
 * Typeset TeX with KaTeX; its MathML output is what screen readers read. Only the app's own
 * TeX (constant equations and numbers it formats) reaches here, never user text, so \htmlClass
 * is trusted: it tags symbols for hover-linking with the glossary.
 */
export default function TexKatex({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(() => typeset(tex, display), [tex, display]);
  return <span className={display ? 'tex tex-display' : 'tex'} dangerouslySetInnerHTML={{ __html: html }} />;
}
