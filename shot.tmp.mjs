import { chromium } from '@playwright/test';
const [url, out, w, h] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url);
await page.waitForTimeout(1500);
await page.locator('[data-panel="lab"]').scrollIntoViewIfNeeded();
await page.waitForTimeout(2000);
const lab = page.getByRole('region', { name: 'Training lab' });
await lab.scrollIntoViewIfNeeded();
const t0 = Date.now();
await lab.getByRole('button', { name: 'Train' }).click();
await page.waitForFunction(
  () => document.querySelector('.lab-progress [role=status]')?.textContent?.includes('finished'),
  null,
  { timeout: 240000 },
);
console.log('trained in', Date.now() - t0, 'ms');
await page.waitForTimeout(500);
await lab.screenshot({ path: out });
console.log(await page.locator('.lab-outcome').textContent());
await browser.close();
