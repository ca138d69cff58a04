/**
 * Presenter mode on real projector sizes: one screen with nothing cut off and no text under 16 px
 * as drawn (SVG text measured through its transform to the screen, so a scaled-down chart counts
 * at the size it is seen).
 */
import { expect, settled, test } from './fixtures';
import { scanText } from './textScan';

for (const [w, h] of [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const) {
  for (const cell of ['vanilla', 'lstm'] as const) {
    test(`presenter at ${w}×${h} (${cell}): one screen, nothing cut, every label ≥ 16 px`, async ({
      guarded: page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`/?preset=long&present=1&cell=${cell}&step=51`);
      await expect(page.getByRole('heading', { name: /Step 51 \/ 64/ })).toBeVisible();
      await settled(page);
      await expect(page.locator('.present-chart svg.log-chart')).toBeVisible();
      const size = await page.evaluate(() => ({
        sw: document.documentElement.scrollWidth,
        sh: document.documentElement.scrollHeight,
      }));
      expect(size.sh, 'page height').toBeLessThanOrEqual(h);
      expect(size.sw, 'page width').toBeLessThanOrEqual(w);
      // The key hints, the last row of the table and the chart's legend are all on the screen.
      await expect(page.getByText(/Esc: leave/)).toBeInViewport({ ratio: 1 });
      await expect(page.locator('.present-chart').getByRole('row', { name: /^GRU/ })).toBeInViewport({
        ratio: 1,
      });
      await expect(page.locator('.present-chart .chart-key')).toContainText('LSTM');
      // The selected step's token is on screen, whole.
      await expect(page.getByRole('button', { name: /^Step 51:/ }).locator('.token')).toBeInViewport({
        ratio: 1,
      });
      expect(await page.evaluate(scanText, 16)).toEqual([]);
    });
  }
}
