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

for (const [w, h] of [
  [1024, 768],
  [1280, 720],
] as const) {
  test(`presenter's chart-only layout at ${w}×${h}: the memory chart fills the screen, ≥ 4 labelled ticks, every label ≥ 16 px`, async ({
    guarded: page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/?preset=long&present=1&cell=lstm&step=51');
    await expect(page.getByRole('heading', { name: /Step 51 \/ 64/ })).toBeVisible();
    await settled(page);
    const toggle = page.getByRole('button', { name: /\(C\)$/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const chart = page.locator('.present-chart svg.log-chart');
    const before = (await chart.boundingBox())!;
    await page.keyboard.press('c');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.present-timeline')).toHaveCount(0);
    // The chart is drawn at its box's size: wait until it has grown into the room the timeline left.
    await expect.poll(async () => (await chart.boundingBox())!.height).toBeGreaterThan(before.height * 3);
    const box = (await chart.boundingBox())!;
    expect((box.width * box.height) / (w * h), 'share of the screen').toBeGreaterThan(0.3);
    // A y axis a class can read: at least 4 labelled ticks, and the four cells' four curves.
    expect(await page.locator('.present-chart .axis g:has(line.grid) text').count()).toBeGreaterThanOrEqual(
      4,
    );
    await expect(page.locator('.present-chart path.curve')).toHaveCount(4);
    const size = await page.evaluate(() => ({
      sw: document.documentElement.scrollWidth,
      sh: document.documentElement.scrollHeight,
    }));
    expect(size.sh, 'page height').toBeLessThanOrEqual(h);
    expect(size.sw, 'page width').toBeLessThanOrEqual(w);
    await expect(page.locator('.present-chart').getByRole('row', { name: /^minGRU/ })).toBeInViewport({
      ratio: 1,
    });
    expect(await page.evaluate(scanText, 16)).toEqual([]);
    // C again: the timeline is back, at the same step.
    await page.keyboard.press('C');
    await expect(page.getByRole('button', { name: /^Step 51:/ })).toHaveAttribute('aria-pressed', 'true');
  });
}
