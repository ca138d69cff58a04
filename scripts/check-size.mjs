// The first screen's JavaScript budget, checked on dist/ after every build (npm test runs it):
// the entry script and every chunk it imports statically (its modulepreload links), gzip-compressed.
// Lazily loaded chunks (KaTeX, the lab, the worker) are not part of the first screen.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/**
 * gzip KB. What the first screen carries and why each raise was made: bench/results/first-screen-size.md
 * (add a dated entry there when you raise it).
 */
const BUDGET_KB = 128.4;

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [
  ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g),
].map((m) => m[1]);
if (files.length === 0) {
  console.error('check-size: no entry script found in dist/index.html');
  process.exit(1);
}
let total = 0;
for (const f of new Set(files)) {
  const kb = gzipSync(readFileSync(join(dist, f))).length / 1024;
  total += kb;
  console.log(`  ${f}: ${kb.toFixed(1)} KB gzip`);
}
console.log(`first-screen JavaScript: ${total.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB) {
  console.error(
    `check-size: first-screen JavaScript ${total.toFixed(1)} KB gzip is over its ${BUDGET_KB} KB budget`,
  );
  process.exit(1);
}
