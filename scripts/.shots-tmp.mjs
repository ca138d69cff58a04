import { chromium } from '@playwright/test';
const B = 'http://127.0.0.1:4173/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
async function shot(name, url, w, h, sel, prep) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.addInitScript(() => localStorage.setItem('rnn-explainer:detail', 'everything'));
  await page.goto(B + url);
  await page.locator('.timeline-panel, .embed').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  if (prep) await prep(page);
  await page.waitForTimeout(400);
  const el = sel ? page.locator(sel).first() : null;
  if (el) { await el.scrollIntoViewIfNeeded(); await el.screenshot({ path: `/tmp/w/s/${name}.png` }); }
  else await page.screenshot({ path: `/tmp/w/s/${name}.png` });
  await page.close();
}
const which = process.argv[2] ?? 'all';
const S = {
  lane: () => shot('lane', '?preset=lstm', 1280, 800, '.timeline-panel'),
  inspector: () => shot('inspector', '?preset=exploding&step=12', 1280, 800, '.inspector'),
  memphone: () => shot('memphone', '?preset=long', 390, 844, 'figure.memory'),
  gates: () => shot('gates', '?preset=long&cell=gru&levels=2', 1280, 800, '.gates-figure', async (p) => { await p.locator('.gates-figure').waitFor(); await p.getByRole('radio', { name: '3. Update gate' }).check(); }),
  gatesphone: () => shot('gatesphone', '?preset=long&cell=lstm&levels=2', 390, 844, '.gates-figure', async (p) => { await p.locator('.gates-figure').waitFor(); await p.getByRole('radio', { name: '3. Output gate' }).check(); }),
  bidir: () => shot('bidir', '?preset=long&levels=2&step=51', 1280, 800, 'figure.bidir', async (p) => p.locator('figure.bidir').waitFor()),
  lab: () => shot('lab', '?preset=vanilla', 1280, 800, 'section.lab', async (p) => { await p.locator('.near-viewport').scrollIntoViewIfNeeded(); await p.getByRole('region', { name: 'Training lab' }).getByRole('button', { name: 'Train' }).waitFor(); }),
  labphone: () => shot('labphone', '?preset=vanilla', 390, 844, 'section.lab', async (p) => { await p.locator('.near-viewport').scrollIntoViewIfNeeded(); await p.getByRole('region', { name: 'Training lab' }).getByRole('button', { name: 'Train' }).waitFor(); }),
  embed: () => shot('embed', '?embed=1&preset=long', 480, 270, null),
  embedbig: () => shot('embedbig', '?embed=1&preset=long', 800, 450, null),
  presets: () => shot('presets', '?preset=exploding&cell=lstm', 1280, 800, '.presets'),
};
for (const [k, f] of Object.entries(S)) if (which === 'all' || which.split(',').includes(k)) { try { await f(); console.log('ok', k); } catch (e) { console.log('FAIL', k, e.message.split('\n')[0]); } }
await browser.close();
