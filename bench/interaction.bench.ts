/**
 * Browser benchmark for the interaction budget: at each sequence length × hidden size, with every
 * explainer level open, perform what a reader does (select a step, switch cell, move a slider one
 * notch, type, Run, switch preset) and report the longest main-thread task each one caused
 * (PerformanceObserver "longtask": only tasks over 50 ms are reported, so "—" means none; the
 * target is none). Step selection also reports dispatch → next animation frame. Last, the JS heap
 * after 1,000 step changes (after a forced garbage collection, via the DevTools protocol).
 * Needs a build (`npm run build`); serves dist/ itself. `npm run bench:interaction`.
 */
import type { Page } from '@playwright/test';
import { BASE_URL, armLongTasks, pct, withBrowser } from './browser';

const GRID = [
  { T: 64, H: 32 },
  { T: 200, H: 32 },
  { T: 200, H: 64 },
];

const sentence = (T: number) => Array.from({ length: T }, (_, i) => `w${i % 41}`).join(' ');

/** Longest task since the last call, after the page has settled (deferred renders included). */
async function longestSince(page: Page): Promise<number> {
  return (await page.evaluate(`(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 600))));
    const xs = window.__long.splice(0);
    return xs.length ? Math.max(...xs) : 0;
  })()`)) as number;
}

async function stepFrames(page: Page, n: number): Promise<number[]> {
  return (await page.evaluate(`(async () => {
    const cells = Array.from(document.querySelectorAll('svg.timeline g[role="button"]'));
    const out = [];
    for (let i = 0; i < ${n}; i++) {
      const target = cells[(i * 37 + 1) % cells.length];
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      const t0 = performance.now();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      out.push(performance.now() - t0);
    }
    return out;
  })()`)) as number[];
}

const ms = (v: number) => (v > 0 ? v.toFixed(0) : '—');

async function main(): Promise<void> {
  const rows: string[] = [];
  let heapLine = '';
  await withBrowser(async (browser) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const { T, H } of GRID) {
      // Step selection with the explainer's levels closed (the first screen)...
      await page.goto(`${BASE_URL}?text=${encodeURIComponent(sentence(T))}&hidden=${H}`);
      await page.getByRole('button', { name: new RegExp(`^Step ${T}:`) }).waitFor();
      await page.waitForTimeout(1500);
      const closedFrames = await stepFrames(page, 60);
      // ...then everything else with every level open.
      await page.goto(`${BASE_URL}?text=${encodeURIComponent(sentence(T))}&hidden=${H}&levels=2,3`);
      await page.getByRole('button', { name: new RegExp(`^Step ${T}:`) }).waitFor();
      await page.waitForTimeout(1500); // lazy chunks (KaTeX, level 3, lab) settle first
      await armLongTasks(page);
      await longestSince(page);
      const cells: Record<string, number> = {};
      const frames = await stepFrames(page, 60);
      cells.step = await longestSince(page);
      await page.getByRole('radiogroup', { name: 'Cell type' }).getByRole('radio', { name: 'LSTM' }).click();
      cells.cell = await longestSince(page);
      await page
        .getByRole('radiogroup', { name: 'Cell type' })
        .getByRole('radio', { name: 'GRU', exact: true })
        .click();
      cells.cell = Math.max(cells.cell, await longestSince(page));
      const slider = page.getByRole('slider', { name: /Hidden size/ });
      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      cells.slider = await longestSince(page);
      await page.keyboard.press('ArrowRight');
      cells.slider = Math.max(cells.slider, await longestSince(page));
      const box = page.getByLabel('Your sentence');
      await box.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' x');
      cells.typing = await longestSince(page);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      cells.run = await longestSince(page);
      await page
        .getByRole('radiogroup', { name: 'Presets' })
        .getByRole('radio', { name: 'Long sequence' })
        .click();
      cells.preset = await longestSince(page);
      rows.push(
        `| ${T} × ${H} | ${ms(cells.step)} | ${pct(closedFrames, 50).toFixed(1)} / ${pct(closedFrames, 95).toFixed(1)} | ${pct(frames, 50).toFixed(1)} / ${pct(frames, 95).toFixed(1)} | ${ms(cells.cell)} | ${ms(cells.slider)} | ${ms(cells.typing)} | ${ms(cells.run)} | ${ms(cells.preset)} |`,
      );
    }
    // Heap after 1,000 step changes at the largest size.
    const T = 200;
    await page.goto(`${BASE_URL}?text=${encodeURIComponent(sentence(T))}&hidden=64&levels=2,3`);
    await page.getByRole('button', { name: new RegExp(`^Step ${T}:`) }).waitFor();
    await page.waitForTimeout(1500);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    };
    const before = await heap();
    await page.evaluate(`(async () => {
      const cells = Array.from(document.querySelectorAll('svg.timeline g[role="button"]'));
      for (let i = 0; i < 1000; i++) {
        cells[(i * 37 + 1) % cells.length].dispatchEvent(new MouseEvent('click', { bubbles: true }));
        if (i % 10 === 9) await new Promise((r) => requestAnimationFrame(r));
      }
    })()`);
    await page.waitForTimeout(1000);
    const after = await heap();
    heapLine = `JS heap at 200 × 64, every level open: ${before.toFixed(1)} MB after load, ${after.toFixed(1)} MB after 1,000 step changes (after GC).`;
  });
  console.log(
    '\nLongest main-thread task per interaction (ms; "—" = no task over 50 ms; every explainer level open), and step selection to the next frame, Chromium:\n',
  );
  console.log(
    '| tokens × hidden | step | step → next frame, levels closed: median / p95 ms | same, levels open | cell switch | hidden slider | typing | Run | preset |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log(`\n${heapLine}`);
}

void main();
