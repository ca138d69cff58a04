import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:4173/' + process.argv[2]);
await page.waitForTimeout(800);
const parts = process.argv.slice(3);
for (let i = 0; i < parts.length; i++) {
  const loc = page.locator(parts[i]).first();
  await loc.scrollIntoViewIfNeeded();
  await loc.screenshot({ path: `/tmp/part${i}.png` });
}
await browser.close();
