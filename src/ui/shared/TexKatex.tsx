// KaTeX's style rules; its @font-face rules come with the page's own CSS (vite.config.ts, katexCss).
import 'virtual:katex-rules.css';
import PREBUILT from 'virtual:prebuilt-katex';
import { useEffect, useState } from 'react';
import { texKey } from '../../content/katexOptions';
import { typesetOffThread } from './typesetOffThread';

/**
 * Typeset strings by mode and TeX source, looked up after the ones the build typeset: the live
 * equations come back again and again (a step there and back), and are then shown at once.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 400;

function remember(key: string, html: string): void {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, html);
}

/**
 * Typeset TeX with KaTeX (katexOptions); its MathML output is what screen readers read. The
 * constant equations come typeset from the build; the live ones (a step's numbers) are typeset in
 * a worker, so neither KaTeX's cold start (~25 ms after load) nor a new step's equation holds up
 * the page. While a new equation is typeset the previous one stays, marked busy, so nothing jumps.
 */
export default function TexKatex({ tex, display = false }: { tex: string; display?: boolean }) {
  const key = texKey(tex, display);
  const known = PREBUILT[key] ?? cache.get(key);
  // The last markup shown, kept on screen while the next is typeset (React's "adjust state while
  // rendering" pattern: one extra render when a known equation replaces it).
  const [shown, setShown] = useState<string | undefined>(known);
  if (known !== undefined && known !== shown) setShown(known);
  useEffect(() => {
    if (known !== undefined) return;
    let current = true;
    typesetOffThread(tex, display).then(
      (html) => {
        remember(key, html);
        if (current) setShown(html);
      },
      // KaTeX itself never throws here (throwOnError: false); this is its chunk failing to load.
      // The TeX source (or the last equation) stays, rather than an error in the page.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [key, known, tex, display]);
  const html = known ?? shown;
  if (html === undefined) return <code className="tex-fallback">{tex}</code>;
  // Markup KaTeX made from the app's own TeX (katexOptions), never from user input.
  return (
    <span
      className={display ? 'tex tex-display' : 'tex'}
      aria-busy={known === undefined || undefined}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
