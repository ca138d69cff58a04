/** Built by vite.config.ts: a level's PyTorch source → highlight.js's HTML for it. */
declare module 'virtual:highlighted-code' {
  const table: Record<string, string>;
  export default table;
}
