/**
 * KaTeX's options for the page's equations, shared by the build (which typesets the constant ones
 * ahead, vite.config.ts) and the page's typesetting worker (ui/shared/typesetApi.ts), so both make the
 * same markup.
 * Only the app's own TeX (constant equations and numbers it formats) is typeset, never user text,
 * so \htmlClass is trusted: it tags symbols for hover-linking with the glossary.
 */
import type { KatexOptions } from 'katex';

export const katexOptions = (display: boolean): KatexOptions => ({
  displayMode: display,
  throwOnError: false,
  output: 'htmlAndMathml',
  trust: (ctx) => ctx.command === '\\htmlClass',
  strict: 'ignore',
});

/** The key of a typeset equation: its mode and its TeX. */
export const texKey = (tex: string, display: boolean): string => `${display ? 'D' : 'I'}${tex}`;
