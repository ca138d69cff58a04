// A census of the served page (npm run preview) as a first-time student meets it: focusable
// controls above the lab (buttons, radio options, inputs, links; not the timeline's step buttons),
// charts, words and page height in screens. usage: node scripts/page-census.mjs [search] [w] [h]
import { chromium } from '@playwright/test';

const [search = '', w = '1280', h = '800'] = process.argv.slice(2);
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
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(`http://127.0.0.1:4173/${search}`);
await page.locator('.timeline-panel').waitFor();
await page.locator('section.story-gates').waitFor();
if (search.includes('everything')) await page.locator('section.explainer').waitFor();
await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
const census = await page.evaluate(() => {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return (
      r.width > 0 &&
      r.height > 0 &&
      s.visibility !== 'hidden' &&
      !el.closest('[hidden],details:not([open]) > :not(summary)')
    );
  };
  const lab = document.querySelector('section[aria-label="Training lab"]');
  const above = (el) => !lab || (lab.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  const controls = [...document.querySelectorAll('button, input, select, textarea, a[href], summary')].filter(
    visible,
  );
  const notSteps = controls.filter((el) => !/^Step \d+:/.test(el.getAttribute('aria-label') ?? ''));
  const charts = [...document.querySelectorAll('svg[role="img"], figure svg, canvas')].filter(visible);
  const words = (document.querySelector('main')?.innerText ?? '')
    .split(/\s+/)
    .filter((x) => /\w/.test(x)).length;
  return {
    controls: notSteps.length,
    controlsAboveLab: notSteps.filter(above).length,
    charts: charts.length,
    words,
    screens: +(document.documentElement.scrollHeight / innerHeight).toFixed(1),
  };
});
console.log(JSON.stringify({ search, viewport: `${w}x${h}`, ...census }));
await browser.close();
