import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
await page.goto('http://127.0.0.1:4173/?preset=long&cell=lstm&step=5');
await page.getByRole('button', { name: /^Step 1:/ }).first().waitFor();
await page.waitForTimeout(800);
await page.getByRole('checkbox', { name: /only the part on screen/ }).check();
for (const [re, out] of [[/Download timeline \(PNG/, '/tmp/exp-tl.png'], [/Download memory chart \(PNG/, '/tmp/exp-chart.png'], [/Download timeline \(SVG/, '/tmp/exp-tl.svg'], [/Download memory chart \(SVG/, '/tmp/exp-chart.svg']]) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: re }).click()]);
  await dl.saveAs(out);
}
await browser.close();
