// Screenshots of the built app (served by `npm run preview`) for a look and for the README.
// usage: [SCHEME=dark] [FULL=1] [PAGE=?embed=1] node scripts/screenshot.mjs OUT.png [width] [height] [preset label] [cell label] [step]
import { chromium } from '@playwright/test';

const [out = '/tmp/shot.png', w = '1280', h = '900', preset, cell, step] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const page = await browser.newPage({
  viewport: { width: Number(w), height: Number(h) },
  colorScheme: process.env.SCHEME === 'dark' ? 'dark' : 'light',
});
await page.goto('http://127.0.0.1:4173/' + (process.env.PAGE ?? ''));
await page.locator('.timeline-panel, .embed, .presenter').first().waitFor();
if ((process.env.PAGE ?? '').includes('tour='))
  await page
    .getByRole('region', { name: 'Guided tour' })
    .getByText(/Stop \d+ of/)
    .waitFor();
if (preset)
  await page
    .getByRole('radiogroup', { name: 'Presets' })
    .getByRole('radio', { name: preset, exact: true })
    .check();
if (cell)
  await page
    .getByRole('radiogroup', { name: 'Cell type' })
    .getByRole('radio', { name: cell, exact: true })
    .check();
if (step) await page.getByRole('button', { name: new RegExp(`^Step ${step}:`) }).click();
await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
if (process.env.SETTLE) await page.waitForTimeout(Number(process.env.SETTLE));
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
