/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import katex from 'katex';
import { CONTENT_SECURITY_POLICY } from './src/csp';
import { FIRST_SCREEN_EQUATIONS } from './src/content/equations';
import { LEVELS } from './src/content/levels';
import { PREBUILT_TEX } from './src/content/prebuiltTex';
import { katexOptions, texKey } from './src/content/katexOptions';
import hljs from 'highlight.js/lib/core';
import python from 'highlight.js/lib/languages/python';

/** The CSP as a meta tag in the built index.html (not in dev: Vite's dev server injects inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * A `virtual:` module whose default export is a string → string table built when the bundle first
 * imports it: work done once at build time instead of on the reader's main thread.
 */
function virtualTable(id: string, build: () => Record<string, string>): Plugin {
  const resolvedId = `\0${id}`;
  return {
    name: id.replace(/^virtual:/, ''),
    resolveId: (source) => (source === id ? resolvedId : null),
    load: (resolved) => (resolved === resolvedId ? `export default ${JSON.stringify(build())};` : null),
  };
}

/**
 * `virtual:typeset-equations`: the first screen's equations typeset at build time as MathML, which
 * browsers draw natively — the page shows them without loading KaTeX's JavaScript, CSS or fonts.
 */
export const typesetEquations = (): Plugin =>
  virtualTable('virtual:typeset-equations', () =>
    Object.fromEntries(
      FIRST_SCREEN_EQUATIONS.map((tex) => [
        tex,
        katex.renderToString(tex, { displayMode: true, output: 'mathml', strict: 'ignore' }),
      ]),
    ),
  );

/**
 * `virtual:prebuilt-katex`: the levels' constant equations typeset at build time with the page's
 * own KaTeX options (key → HTML and MathML), which the page's KaTeX chunk looks up before
 * typesetting. Unlike the first screen's MathML they need KaTeX's CSS: they sit beside the live,
 * numeric equations and carry the symbol classes the glossary's hover-linking reads.
 */
export const prebuiltKatex = (): Plugin =>
  virtualTable('virtual:prebuilt-katex', () =>
    Object.fromEntries(
      PREBUILT_TEX.map(({ tex, display }) => [
        texKey(tex, display),
        katex.renderToString(tex, katexOptions(display)),
      ]),
    ),
  );

/**
 * `virtual:highlighted-code`: the levels' PyTorch snippets highlighted at build time (source → HTML),
 * so opening a level neither loads highlight.js nor spends a long task compiling its grammar and
 * highlighting (~17 ms on this machine, 4× that on Lighthouse's simulated phone). hljs escapes the
 * source; the snippets are our own constants in any case.
 */
export const highlightedCode = (): Plugin =>
  virtualTable('virtual:highlighted-code', () => {
    hljs.registerLanguage('python', python);
    return Object.fromEntries(
      LEVELS.map(({ code }) => [code.source, hljs.highlight(code.source, { language: 'python' }).value]),
    );
  });

/**
 * KaTeX's stylesheet in two parts: `katex-fonts.css` (its @font-face rules) with the page's own CSS,
 * and `katex-rules.css` (the rest) with KaTeX's lazy chunk. A stylesheet that adds @font-face rules
 * after the first layout makes Chromium lay out every text on the page again ("Fonts changed"): with
 * the levels open, 2,000 objects, a long task (bench/lighthouse.bench.ts). Declaring the faces up
 * front costs nothing: a font file is fetched only when text first uses it.
 * Both ids resolve to paths inside katex/dist, so the rules' relative font URLs resolve as in
 * KaTeX's own file.
 */
export function katexCss(): Plugin {
  const dist = fileURLToPath(new URL('./node_modules/katex/dist/', import.meta.url));
  const parts: Record<string, (css: string) => string> = {
    'katex-fonts.css': (css) => (css.match(/@font-face\{[^}]*\}/g) ?? []).join(''),
    'katex-rules.css': (css) => css.replace(/@font-face\{[^}]*\}/g, ''),
  };
  return {
    name: 'katex-css',
    enforce: 'pre',
    resolveId: (source) =>
      source.startsWith('virtual:katex-') && parts[source.slice('virtual:'.length)]
        ? `${dist}${source.slice('virtual:'.length)}`
        : null,
    load(id) {
      const part = id.startsWith(dist) ? parts[id.slice(dist.length)] : undefined;
      return part ? part(readFileSync(`${dist}katex.min.css`, 'utf8')) : null;
    },
  };
}

/**
 * Stand-in modules for builds that cannot use the real one: every import of a module in `map`
 * (paths from the project root) resolves to its stand-in instead. Matched by the file an import
 * resolves to, not by the import's text, so no importer can bypass it.
 */
export function standIns(map: Record<string, string>): Plugin {
  const root = (p: string) => fileURLToPath(new URL(p, import.meta.url));
  const table = new Map(Object.entries(map).map(([from, to]) => [root(from), root(to)]));
  return {
    name: 'stand-ins',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved ? (table.get(resolved.id) ?? null) : null;
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    // The message catalogues (src/locales/*.po), compiled when imported; a catalogue that does not
    // compile fails the build.
    lingui({ failOnCompileError: true }),
    contentSecurityPolicy(),
    typesetEquations(),
    highlightedCode(),
    prebuiltKatex(),
    katexCss(),
    // Unit tests: jsdom has no Worker, so the App computes its runs in place, at once
    // (useRunInPlace.ts keeps useRun's contract).
    ...(process.env.VITEST ? [standIns({ './src/app/useRun.ts': './src/app/useRunInPlace.ts' })] : []),
  ],
  // Relative asset paths so the built app works from any sub-path (GitHub Pages, a course site).
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    // Fonts are always files: a data: font would be blocked by the CSP's font-src 'self'.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf|eot)$/.test(file) ? false : undefined),
  },
  // Another site loads rnn-explainer.js (vite.element.config.ts) as a module script, which needs CORS
  // (static hosts such as GitHub Pages send it).
  preview: { cors: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    css: false,
    // Both cores for the fast tier: Vitest's default leaves one free, which on a 2-core machine runs
    // the files one at a time (docs/testing.md has both times). The science tier runs one file at a
    // time (fileParallelism, below): its files are long CPU-bound runs with budgets, and two of them side by
    // side on a busy machine missed those budgets (under-load's third run).
    maxWorkers: 2,
    // Two tiers of one config: the fast tier for the edit–test loop, and the science tier — the
    // tests that re-measure what the page states about training (minutes each) and long fuzzing.
    // `npm test` runs both; a file joins the science tier by its name (*.science.test.ts).
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/**/*.science.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        // One file at a time (see above).
        test: { name: 'science', include: ['tests/**/*.science.test.{ts,tsx}'], fileParallelism: false },
      },
    ],
    // Caps, not waits: they only end a test that is already failing. Under ../shared/tools/under-load
    // (both cores kept busy beside npm test) the heaviest App tests took 20–34 s (2026-12-07).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
