/**
 * Typesetting with KaTeX, as the typesetting worker exposes it and as the page runs it where no
 * worker can start (jsdom, a page opened from a file). One function, so both make the same markup.
 */
import katex from 'katex';
import { katexOptions } from '../../content/katexOptions';

export const typesetApi = {
  typeset: (tex: string, display: boolean): string => katex.renderToString(tex, katexOptions(display)),
};

export type TypesetApi = typeof typesetApi;
