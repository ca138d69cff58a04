/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths so the built app works from any sub-path (GitHub Pages, a course site).
  base: './',
  build: { target: 'es2022', sourcemap: false },
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
