/**
 * Programmatic features of source text, one number per character — the state after reading that
 * character, as a unit's activation is — to rank units against (after Karpathy, Johnson & Fei-Fei,
 * 2015, "Visualizing and Understanding Recurrent Networks"). A small JavaScript scanner: strings
 * ('…', "…", `…`, with escapes), comments (// and /* … *\/) and bracket depths outside both.
 * "Inside quotes" counts quotes anywhere on a line, comments included: lodash's comments are full of
 * code examples, and within a line a quote must close.
 * Regular-expression literals are read as code (a scanner cannot tell them from division without
 * parsing). Pure.
 */

export type FeatureId =
  | 'quote'
  | 'comment'
  | 'paren'
  | 'bracket'
  | 'brace'
  | 'column'
  | 'indent'
  | 'wordStart';

export const FEATURE_LABELS: Record<FeatureId, string> = {
  quote: 'inside quotes',
  comment: 'inside a comment',
  paren: 'parenthesis depth',
  bracket: 'square-bracket depth',
  brace: 'curly-brace depth',
  column: 'position in line',
  indent: 'indentation depth',
  wordStart: 'start of a word',
};

export const FEATURE_IDS = Object.keys(FEATURE_LABELS) as FeatureId[];

export function textFeatures(text: string): Record<FeatureId, Float64Array> {
  const n = text.length;
  const f = Object.fromEntries(FEATURE_IDS.map((id) => [id, new Float64Array(n)])) as Record<
    FeatureId,
    Float64Array
  >;
  let mode: 'code' | 'line' | 'block' | 'string' = 'code';
  let quote = '';
  let escaped = false;
  let paren = 0;
  let bracket = 0;
  let brace = 0;
  let column = 0;
  let indent = 0;
  let leading = true;
  let blockOpen = -1;
  /** The quote character open on this line (any context), or ''. */
  let lineQuote = '';
  let lineEscaped = false;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    const prev = i > 0 ? text[i - 1] : '\n';
    if (ch === '\n') {
      lineQuote = '';
      column = 0;
      indent = 0;
      leading = true;
      if (mode === 'line') mode = 'code';
    } else {
      column++;
      if (leading && ch === ' ') indent++;
      else leading = false;
    }
    switch (mode) {
      case 'code':
        if (ch === '"' || ch === "'" || ch === '`') {
          mode = 'string';
          quote = ch;
          escaped = false;
        } else if (ch === '/' && text[i + 1] === '/') mode = 'line';
        else if (ch === '/' && text[i + 1] === '*') {
          mode = 'block';
          blockOpen = i;
        } else if (ch === '(') paren++;
        else if (ch === ')') paren = Math.max(0, paren - 1);
        else if (ch === '[') bracket++;
        else if (ch === ']') bracket = Math.max(0, bracket - 1);
        else if (ch === '{') brace++;
        else if (ch === '}') brace = Math.max(0, brace - 1);
        break;
      case 'string':
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === quote) mode = 'code';
        else if (ch === '\n' && quote !== '`') mode = 'code';
        break;
      case 'block':
        // The "*" of the opening "/*" does not also close it ("/*/" is still a comment).
        if (ch === '/' && prev === '*' && i - 1 > blockOpen + 1) mode = 'code';
        break;
      case 'line':
        break;
    }
    if (ch !== '\n') {
      if (lineEscaped) lineEscaped = false;
      else if (lineQuote && ch === '\\') lineEscaped = true;
      else if (lineQuote) {
        if (ch === lineQuote) lineQuote = '';
      } else if (ch === '"' || ch === "'" || ch === '`') lineQuote = ch;
    }
    f.quote[i] = lineQuote ? 1 : 0;
    f.comment[i] = mode === 'line' || mode === 'block' ? 1 : 0;
    f.paren[i] = paren;
    f.bracket[i] = bracket;
    f.brace[i] = brace;
    f.column[i] = column;
    f.indent[i] = indent;
    f.wordStart[i] = /[A-Za-z_$]/.test(ch) && !/[A-Za-z0-9_$]/.test(prev) ? 1 : 0;
  }
  return f;
}

/** Pearson correlation; 0 when either series is constant. */
export function pearson(a: ArrayLike<number>, b: ArrayLike<number>, n = a.length): number {
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i] - ma;
    const db = b[i] - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (!(saa > 0 && sbb > 0)) return 0;
  // r is within [−1, 1] by Cauchy–Schwarz, but with deviations near the subnormal range
  // (|a − mean| ~ 1e-162) the squared sums lose their precision and r can land a hair outside.
  const r = sab / (Math.sqrt(saa) * Math.sqrt(sbb));
  return Math.max(-1, Math.min(1, r));
}
