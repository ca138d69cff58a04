/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './src/csp';

/** The CSP as a meta tag in the built index.html (not in dev: Vite's dev server injects inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    // Budgets that hold on a busy 2-core machine (CI is one): heavy App tests take ~5 s there.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
