/**
 * The offline copy: one HTML file with all JavaScript, CSS and fonts inlined, that opens from disk
 * (file://) with no network — for a lecture hall whose network fails, or an LMS that takes one file.
 * Built after the site (`npm run build`) and copied to dist/offline.html, which the Share dialog's
 * "Download for offline use" fetches, fills with the view's state, and saves.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';
import { typesetEquations } from './vite.config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [react(), typesetEquations(), viteSingleFile({ removeViteModuleLoader: true })],
  base: './',
  resolve: {
    alias: [
      // A file:// page cannot start a worker from a file: runs are computed in place.
      { find: /^\.\/state\/useRun$/, replacement: here('./src/state/useRunInPlace.ts') },
      { find: /^\.\/state\/useUrlSync$/, replacement: here('./src/offline/noUrlSync.ts') },
      // The slide views only (the lab and observatory need the site).
      { find: /^\.\/views\/FullView$/, replacement: here('./src/offline/OfflineFullView.tsx') },
    ],
  },
  build: {
    outDir: 'dist-offline',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Everything inline, fonts included (the site keeps fonts as files; this copy has no files).
    assetsInlineLimit: () => true,
    rollupOptions: { input: here('./offline.html') },
  },
});
