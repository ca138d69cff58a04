/**
 * The offline copy: one HTML file with all JavaScript, CSS and fonts inlined, that opens from disk
 * (file://) with no network — for a lecture hall whose network fails, or an LMS that takes one file.
 * Built after the site (`npm run build`) and copied to dist/offline.html, which the Share dialog's
 * "Download for offline use" fetches, fills with the view's state, and saves.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';
import { highlightedCode, katexCss, prebuiltKatex, standIns, typesetEquations } from './vite.config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    lingui({ failOnCompileError: true }),
    typesetEquations(),
    highlightedCode(),
    prebuiltKatex(),
    katexCss(),
    standIns({
      // A file:// page cannot start a worker from a file: runs are computed in place.
      './src/app/useRun.ts': './src/app/useRunInPlace.ts',
      // No address bar to keep in step with.
      './src/app/useUrlSync.ts': './src/app/offline/noUrlSync.ts',
      // The slide views only (the lab and observatory need the site).
      './src/views/FullView.tsx': './src/app/offline/OfflineFullView.tsx',
      // No full page to leave for: the presenter's Esc leads to the explorer view.
      './src/views/presenterExit.ts': './src/app/offline/presenterExit.ts',
    }),
    viteSingleFile({ removeViteModuleLoader: true }),
  ],
  base: './',
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
