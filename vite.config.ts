/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import katex from 'katex';
import { CONTENT_SECURITY_POLICY } from './src/csp';
import { FIRST_SCREEN_EQUATIONS } from './src/content/equations';

/** The CSP as a meta tag in the built index.html (not in dev: Vite's dev server injects inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * `virtual:typeset-equations`: the first screen's equations typeset at build time as MathML, which
 * browsers draw natively — the page shows them without loading KaTeX's JavaScript, CSS or fonts.
 */
export function typesetEquations(): Plugin {
  const id = 'virtual:typeset-equations';
  return {
    name: 'typeset-equations',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const table = Object.fromEntries(FIRST_SCREEN_EQUATIONS.map((tex) => [tex, katex.renderToString(tex, { displayMode: true, output: 'mathml', strict: 'ignore' })]));
      return `export default ${JSON.stringify(table)};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), typesetEquations()],
  // Relative asset paths so the built app works from any sub-path (GitHub Pages, a course site).
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // Fonts are always files: a data: font would be blocked by the CSP's font-src 'self'.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf|eot)$/.test(file) ? false : undefined),
  },
  test: {
    environment: 'jsdom',
    // jsdom has no Worker: the App computes its runs in place (useRunInPlace.ts has useRun's contract).
    alias: [{ find: /^\.\/state\/useRun$/, replacement: fileURLToPath(new URL('./src/state/useRunInPlace.ts', import.meta.url)) }],
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    // Budgets that hold on a busy 2-core machine (CI is one): heavy App tests take ~5 s there.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
