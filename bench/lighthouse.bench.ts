/**
 * Page load, as Lighthouse 12 measures it (mobile: simulated slow 4G and a 4× slower CPU), on the
 * production build: median of five runs per page. Lighthouse is fetched by npx on first use (it
 * is large and only this benchmark needs it). Needs a build (`npm run build`); serves dist/ itself.
 * `npm run bench:load`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, withBrowser } from './browser';

const LIGHTHOUSE = 'lighthouse@12.2.3'; // 12.3+ lock files do not install here; 13 needs Node 22
// BENCH_RUNS and BENCH_PAGES (comma-free page queries separated by '|') narrow a run while profiling.
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGES = process.env.BENCH_PAGES?.split('|') ?? ['', '?preset=long', '?preset=long&levels=2,3'];

interface Result {
  perf: number;
  a11y: number;
  seo: number;
  bp: number;
  tbt: number;
  lcp: number;
  cls: number;
  /** Lighthouse's measure of this machine's speed: the same page's TBT moves with it. */
  benchmarkIndex: number;
}

function lighthouse(url: string, out: string): Result {
  execFileSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,seo,best-practices',
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      stdio: 'ignore',
    },
  );
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const score = (k: string) => Math.round(r.categories[k].score * 100);
  return {
    perf: score('performance'),
    a11y: score('accessibility'),
    seo: score('seo'),
    bp: score('best-practices'),
    tbt: r.audits['total-blocking-time'].numericValue,
    lcp: r.audits['largest-contentful-paint'].numericValue / 1000,
    cls: r.audits['cumulative-layout-shift'].numericValue,
    benchmarkIndex: r.environment.benchmarkIndex,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The median with the lowest and highest run: a table states the spread, not the best run. */
const spread = (xs: number[], digits = 0) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  console.log(`Lighthouse reports: ${dir}`);
  const rows: string[] = [];
  const indices: number[] = [];
  // withBrowser starts the preview server; Lighthouse launches its own Chromium.
  await withBrowser(async () => {
    for (const [p, page] of PAGES.entries()) {
      // One report per page and run, kept for a look at what ran (long-tasks, bootup-time).
      const runs = Array.from({ length: RUNS }, (_, i) =>
        lighthouse(BASE_URL + page, join(dir, `page${p}-run${i}.json`)),
      );
      const all = (k: keyof Result) => runs.map((r) => r[k]);
      const m = (k: keyof Result) => median(all(k));
      indices.push(...all('benchmarkIndex'));
      rows.push(
        `| \`/${page}\` | ${spread(all('perf'))} | ${spread(all('tbt'))} | ${m('lcp').toFixed(1)} | ${m('cls').toFixed(3)} | ${m('a11y')} | ${m('bp')} | ${m('seo')} |`,
      );
    }
  });
  console.log(
    `\nPage load, Lighthouse ${LIGHTHOUSE.split('@')[1]} mobile, median of ${RUNS} with the spread in brackets (targets: performance ≥ 98, TBT ≤ 50 ms, LCP ≤ 1.8 s):\n`,
  );
  console.log(
    `Lighthouse's benchmarkIndex of this machine: ${median(indices).toFixed(0)} (${Math.min(...indices).toFixed(0)}–${Math.max(...indices).toFixed(0)})\n`,
  );
  console.log('| page | performance | TBT ms | LCP s | CLS | accessibility | best practices | SEO |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

void main();
