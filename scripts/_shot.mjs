import { chromium } from '@playwright/test';
const [out, w='1280', h='900', page_='', full='1', scrollSel=''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
await page.goto('http://127.0.0.1:4173/' + page_);
await page.getByRole('button', { name: /^Step 1:/ }).first().waitFor();
await page.waitForTimeout(1500);
if (scrollSel) { await page.locator(scrollSel).first().scrollIntoViewIfNeeded(); await page.waitForTimeout(800); await page.locator(scrollSel).first().screenshot({ path: out }); }
else await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
