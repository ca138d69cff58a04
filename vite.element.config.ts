/**
 * `<rnn-explainer>`'s script (src/app/element/rnnExplainerElement.ts) as dist/rnn-explainer.js: one
 * small ES module at a stable address at the site's root — not a hashed name — so another site, a
 * slide deck or a notebook can load it with one <script type="module">. Built after the site, into
 * the same folder. A build of its own, so the page's chunks are split as before.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    lib: {
      entry: fileURLToPath(new URL('./src/app/element/rnnExplainerElement.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'rnn-explainer.js',
    },
  },
});
