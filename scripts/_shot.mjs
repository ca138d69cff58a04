import { chromium } from '@playwright/test';
const [out, w='1280', h='900', page_='', full='1', sel=''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
await page.goto('http://127.0.0.1:4173/' + page_);
await page.getByRole('button', { name: /^Step 1:/ }).first().waitFor();
await page.waitForTimeout(1200);
await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
await page.waitForTimeout(500);
if (sel) {
  const el = page.locator(sel).first();
  await el.scrollIntoViewIfNeeded(); await page.waitForTimeout(1200);
  const box = await el.boundingBox();
  await page.screenshot({ path: out, fullPage: true, clip: { x: box.x, y: box.y + await page.evaluate(() => window.scrollY), width: box.width, height: Math.min(box.height, 1400) } });
} else await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
