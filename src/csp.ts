/**
 * The Content-Security-Policy the production build ships as a <meta> tag (vite.config.ts adds it
 * to dist/index.html only: the dev server injects inline scripts for hot reload). Everything the
 * page loads comes from its own origin; styles may be inline because KaTeX typesets with inline
 * style attributes; images may be blob: because the PNG export draws an SVG blob onto a canvas.
 * A static host can send the same string as a `Content-Security-Policy` header (then also add
 * `frame-ancestors`, which a meta tag cannot set).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // WebAssembly: the training core's float32 kernels (src/train/simd), compiled from bytes bundled in the script.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
