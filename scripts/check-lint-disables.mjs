// Lint rules may be switched off only with a reason beside the switch: `-- why` after the rule name.
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const files = execSync('git ls-files src tests e2e bench scripts', { encoding: 'utf8' })
  .trim()
  .split('\n')
  .filter((f) => /\.(ts|tsx|mts|mjs)$/.test(f));
const bad = [];
for (const f of files) {
  readFileSync(f, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = line.match(/(?:eslint|oxlint)-disable(?:-next-line|-line)?\b(.*)/);
      if (m && !/\s--\s+\S/.test(m[1]) && !f.endsWith('check-lint-disables.mjs'))
        bad.push(`${f}:${i + 1}: ${line.trim()}`);
    });
}
if (bad.length) {
  console.error(`lint rules switched off without a reason ("-- why"):\n${bad.join('\n')}`);
  process.exit(1);
}
