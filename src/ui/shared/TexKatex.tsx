import katex from 'katex';
// KaTeX's style rules; its @font-face rules come with the page's own CSS (vite.config.ts, katexCss).
import 'virtual:katex-rules.css';
import PREBUILT from 'virtual:prebuilt-katex';
import { useMemo } from 'react';
import { katexOptions, texKey } from '../../content/katexOptions';

/**
 * Typeset strings by mode and TeX source, looked up after the ones the build typeset: the live
 * equations come back again and again (a step there and back), and typesetting is the costly part
 * of that render.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 400;

function typeset(tex: string, display: boolean): string {
  const key = texKey(tex, display);
  let html = PREBUILT[key] ?? cache.get(key);
  if (html === undefined) {
    html = katex.renderToString(tex, katexOptions(display));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, html);
  }
  return html;
}

/*
 * KaTeX's first typeset runs cold (its tables built, its code not yet optimised): ~3× a warm one.
 * Typeset one small equation of the live kind as this chunk loads, in the chunk's own task, so the
 * render that first shows a step's numbers is not also the one that pays for the warm-up (one
 * 26 ms task after load with the levels open).
 */
katex.renderToString(String.raw`\begin{aligned}\htmlClass{sym sym-h}{h_t} &= \tanh\Big(\underbrace{\begin{bmatrix}0.12 & -0.50 & \cdots\end{bmatrix}}_{W_{ih}x_t} + \sigma(x)\odot c_{t-1}\Big)\end{aligned}`, katexOptions(true));

/** Typeset TeX with KaTeX (katexOptions); its MathML output is what screen readers read. */
export default function TexKatex({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(() => typeset(tex, display), [tex, display]);
  return <span className={display ? 'tex tex-display' : 'tex'} dangerouslySetInnerHTML={{ __html: html }} />;
}
