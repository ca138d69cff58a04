import { chromium } from '@playwright/test';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto('http://127.0.0.1:4180/?preset=long');
await page.waitForTimeout(3000);
const chart = page.locator('figure.memory svg.log-chart');
await chart.scrollIntoViewIfNeeded();
console.log(
  JSON.stringify(
    await chart.locator('text').evaluateAll((ts) =>
      ts.map((t) => {
        const m = t.getScreenCTM();
        return [t.textContent, +(parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b)).toFixed(1)];
      }),
    ),
  ),
);
await browser.close();
