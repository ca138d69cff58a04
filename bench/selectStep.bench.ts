/**
 * Browser benchmark: how long selecting a step takes in the `Long sequence` preset (64 tokens,
 * hidden 32), measured inside Chromium with the Performance API: performance.measure from the
 * click's dispatch to the first task after it (React commits a click's update in a microtask, so
 * by then the DOM shows the new selection; the sample is rejected if it does not). Style, layout
 * and paint follow in the same frame; the target for the whole is one frame, 16 ms.
 * Needs a build (`npm run build`); serves dist/ with `vite preview` itself.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const PORT = 4174;
const URL_ = `http://127.0.0.1:${PORT}/`;

async function waitForServer(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

async function main(): Promise<void> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await waitForServer(URL_, 30_000);
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(URL_);
    await page.getByRole('radiogroup', { name: 'Presets' }).getByRole('radio', { name: 'Long sequence' }).check();
    await page.getByRole('button', { name: /^Step 64:/ }).waitFor();
    // Passed as source text: tsx's name-keeping helpers do not exist inside the page.
    const samples = (await page.evaluate(`(async () => {
      const cells = Array.from(document.querySelectorAll('g[role="button"]'));
      const out = [];
      const nextTask = () => new Promise((r) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => r();
        ch.port2.postMessage(null);
      });
      for (let i = 0; i < 120; i++) {
        const target = cells[(i * 37 + 1) % cells.length];
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        performance.mark('select-start');
        target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await nextTask();
        performance.mark('select-rendered');
        if (target.getAttribute('aria-pressed') !== 'true') throw new Error('selection did not render');
        const render = performance.measure('select-render', 'select-start', 'select-rendered').duration;
        // Force style and layout now, so their cost is counted too (the paint itself is the GPU's).
        void document.body.getBoundingClientRect().height;
        performance.mark('select-layout');
        const layout = performance.measure('select-layout', 'select-start', 'select-layout').duration;
        out.push({ render, layout });
      }
      return { out, T: cells.length };
    })()`)) as { out: { render: number; layout: number }[]; T: number };
    await browser.close();
    const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
    const r = samples.out.map((s) => s.render);
    const f = samples.out.map((s) => s.layout);
    console.log(`\nSelecting a step in "Long sequence" (${samples.T} tokens, hidden 32), ${r.length} selections in Chromium:\n`);
    console.log('| measure | median ms | p95 ms | max ms | target |');
    console.log('|---|---|---|---|---|');
    console.log(`| click to React commit | ${pct(r, 50).toFixed(2)} | ${pct(r, 95).toFixed(2)} | ${Math.max(...r).toFixed(2)} | < 16 |`);
    console.log(`| click to commit + style + layout | ${pct(f, 50).toFixed(2)} | ${pct(f, 95).toFixed(2)} | ${Math.max(...f).toFixed(2)} | < 16 |`);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

void main();
