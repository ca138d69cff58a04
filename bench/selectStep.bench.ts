/**
 * Browser benchmark: how long selecting a step takes in the `Long sequence` preset (64 tokens,
 * hidden 32), measured inside Chromium with the Performance API (performance.mark/measure):
 *  - commit + layout: from the click's dispatch to React's committed DOM (React flushes a click's
 *    update in a microtask queued before ours; the run fails if the selection is not in the DOM),
 *    plus forced style and layout. This is the work that stands between the click and the frame
 *    showing it; the target is one frame, 16 ms.
 *  - next frame: from the dispatch to the next requestAnimationFrame callback, which includes
 *    waiting for the display's next vsync (up to 16.7 ms at 60 Hz) and any other work in between.
 * Measured with the explainer's levels closed (the first screen) and with all of them open: there
 * the live math and deep-dive views follow the selection as deferred (interruptible) renders.
 * Needs a build (`npm run build`); serves dist/ with `vite preview` itself.
 */
import type { Page } from '@playwright/test';
import { BASE_URL as URL_, pct, withBrowser } from './browser';

const SELECTIONS = 120;

interface Sample {
  layout: number;
  frame: number;
}

async function measureSelections(page: Page): Promise<Sample[]> {
  // Passed as source text: tsx's name-keeping helpers do not exist inside the page.
  return (await page.evaluate(`(async () => {
    const cells = Array.from(document.querySelectorAll('svg.timeline g[role="button"]'));
    const out = [];
    for (let i = 0; i < ${SELECTIONS}; i++) {
      const target = cells[(i * 37 + 1) % cells.length];
      // Start each selection on an idle main thread, right after a frame.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      performance.mark('select-start');
      target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await Promise.resolve();
      if (target.getAttribute('aria-pressed') !== 'true') throw new Error('selection did not render');
      void document.body.getBoundingClientRect().height; // force style and layout now
      performance.mark('select-layout');
      const layout = performance.measure('select-layout', 'select-start', 'select-layout').duration;
      await new Promise((r) => requestAnimationFrame(r));
      performance.mark('select-frame');
      const frame = performance.measure('select-frame', 'select-start', 'select-frame').duration;
      out.push({ layout, frame });
    }
    return out;
  })()`)) as Sample[];
}

const row = (page: string, measure: string, xs: number[]) =>
  `| ${page} | ${measure} | ${pct(xs, 50).toFixed(2)} | ${pct(xs, 95).toFixed(2)} | ${Math.max(...xs).toFixed(2)} | < 16 |`;

async function main(): Promise<void> {
  await withBrowser(async (browser) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    console.log(
      `\nSelecting a step in "Long sequence" (64 tokens, hidden 32), ${SELECTIONS} selections per page, in Chromium:\n`,
    );
    console.log('| page | measure | median ms | p95 ms | max ms | target |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, query] of [
      ['levels closed', '?preset=long'],
      ['levels 2 and 3 open', '?preset=long&levels=2,3'],
    ] as const) {
      await page.goto(URL_ + query);
      await page.getByRole('button', { name: /^Step 64:/ }).waitFor();
      await page.waitForTimeout(500); // lazy chunks (KaTeX, level 3) settle first
      const samples = await measureSelections(page);
      console.log(
        row(
          name,
          'commit + style + layout',
          samples.map((s) => s.layout),
        ),
      );
      console.log(
        row(
          name,
          'to next animation frame',
          samples.map((s) => s.frame),
        ),
      );
    }
  });
}

void main();
