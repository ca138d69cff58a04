import { chromium } from '/work/main/node_modules/@playwright/test/index.mjs';
const [url, w, h] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url); await page.waitForTimeout(5000);
const r = await page.evaluate(() => {
  const time = (hide: string | null) => {
    const out: number[] = [];
    for (let i = 0; i < 7; i++) {
      const els = hide ? [...document.querySelectorAll<HTMLElement>(hide)] : [];
      els.forEach((e) => (e.style.display = 'none'));
      document.body.style.display = 'none'; void document.body.offsetHeight;
      document.body.style.display = '';
      const t = performance.now(); void document.body.offsetHeight; out.push(performance.now() - t);
      els.forEach((e) => (e.style.display = ''));
    }
    return out.sort((a, b) => a - b)[3].toFixed(1);
  };
  return {
    all: time(null),
    noTimeline: time('.timeline-scroll'),
    noMain: time('main'),
    noInspector: time('.inspector, .inspector-panel'),
    onlyTimelineVisible: time('main > section:not(.timeline-panel), main > div'),
    count: document.querySelectorAll('*').length,
  };
});
console.log(JSON.stringify(r));
await browser.close();
