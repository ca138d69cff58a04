/** Built by vite.config.ts: TeX source → MathML markup, for the equations on the first screen. */
declare module 'virtual:typeset-equations' {
  const table: Record<string, string>;
  export default table;
}
