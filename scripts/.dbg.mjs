import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript(() => localStorage.setItem('rnn-explainer:detail', 'everything'));
await page.goto('http://127.0.0.1:4173/');
await page.locator('.timeline-panel').waitFor();
await page.waitForTimeout(1500);
const desc = () => page.evaluate(() => { const a = document.activeElement; return a ? `${a.tagName}.${a.className} ${(a.textContent||'').slice(0,40)}` : 'none'; });
await page.evaluate(() => {
  const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0);
  const spot = document.querySelector('.near-viewport');
  const before = all.filter((e) => spot.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING && !spot.contains(e));
  before[before.length - 1].focus();
});
console.log('start', await desc());
for (let i = 0; i < 3; i++) { await page.keyboard.press('Tab'); await page.waitForTimeout(1500); console.log(i, await desc()); }
await browser.close();
