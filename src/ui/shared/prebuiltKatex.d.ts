/** Built by vite.config.ts: the levels' constant equations, typeset (texKey → KaTeX's HTML and MathML). */
declare module 'virtual:prebuilt-katex' {
  const table: Record<string, string>;
  export default table;
}
