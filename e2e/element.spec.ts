/**
 * <rnn-explainer>, the one element for any page, as a teacher would use it: in a plain HTML page on
 * another origin (two elements, different presets), in a reveal.js 6 deck, and in the HTML a Jupyter
 * notebook or Quarto writes (a <script> and the element, inserted into the page after it loaded).
 */
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serveHost } from './hostPage';

const revealDist = fileURLToPath(new URL('../node_modules/reveal.js/dist/', import.meta.url));

interface Heard {
  id: string;
  type: string;
  step?: number;
  steps?: number;
  preset?: string | null;
  cell?: string;
}

/** Records each element's ready/state events in `window.heard`. */
const LISTEN = `<script>
window.heard = [];
for (const el of document.querySelectorAll('rnn-explainer'))
  for (const type of ['ready', 'state', 'error'])
    el.addEventListener(type, (e) => { const s = type === 'ready' ? e.detail.state : e.detail; heard.push({ id: el.id, type, step: s?.step, steps: s?.steps, preset: s?.preset, cell: s?.cell }); });
</script>`;

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
const lastState = async (page: Page, id: string) =>
  (await heard(page)).filter((h) => h.id === id && h.type === 'state').at(-1);

let host: Server | null = null;
test.afterEach(() => {
  host?.close();
  host = null;
});

async function open(
  browser: import('@playwright/test').Browser,
  html: string,
  files: Record<string, string> = {},
) {
  const served = await serveHost(html, files);
  host = served.server;
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${served.origin}/#/1`);
  return { page, errors };
}

test('two elements on a page from another origin run their own views; keys in one never reach the other; the host’s CSS stays out', async ({
  browser,
  baseURL,
}) => {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Course notes</title>
<style>iframe { border: 12px solid red !important; } button { background: hotpink !important; } rnn-explainer { height: 480px; }</style></head><body>
<h1>Week 7: memory</h1>
<rnn-explainer id="a" preset="long" step="5"></rnn-explainer>
<rnn-explainer id="b" preset="exploding" cell="lstm" hide="cells" label="Exploding memory"></rnn-explainer>
${LISTEN}
<script type="module" src="${baseURL}rnn-explainer.js"></script>
</body></html>`;
  const { page, errors } = await open(browser, html);
  await expect
    .poll(
      async () =>
        (await heard(page))
          .filter((h) => h.type === 'ready')
          .map((h) => h.id)
          .sort(),
      { timeout: 30_000 },
    )
    .toEqual(['a', 'b']);
  await expect.poll(() => lastState(page, 'a')).toMatchObject({ preset: 'long', step: 5, steps: 64 });
  await expect
    .poll(() => lastState(page, 'b'))
    .toMatchObject({ preset: 'exploding', step: 1, steps: 16, cell: 'lstm' });

  const a = page.frameLocator('#a iframe');
  const b = page.frameLocator('#b iframe');
  await expect(a.getByRole('button', { name: /^Step 5:/ })).toHaveAttribute('aria-pressed', 'true');
  // hide= reached b's view: its cell switch is gone; a keeps its own.
  await expect(b.getByRole('radiogroup', { name: 'Cell type' })).toHaveCount(0);
  await expect(a.getByRole('radiogroup', { name: 'Cell type' })).toBeVisible();
  await expect(page.locator('#b iframe')).toHaveAttribute('title', 'Exploding memory');

  // Keys typed into a move a, and b stays where it was.
  await a.getByRole('button', { name: /^Step 5:/ }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(a.getByRole('button', { name: /^Step 7:/ })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => lastState(page, 'a')).toMatchObject({ step: 7 });
  expect(await lastState(page, 'b')).toMatchObject({ step: 1, preset: 'exploding' });
  await expect(b.getByRole('button', { name: /^Step 1:/ })).toHaveAttribute('aria-pressed', 'true');

  // The host's rules do not reach inside: no red border on the frame, no pink buttons in the view.
  expect(await page.locator('#a iframe').evaluate((f) => getComputedStyle(f).borderTopWidth)).toBe('0px');
  expect(
    await a
      .getByRole('button', { name: 'Play', exact: true })
      .evaluate((el) => getComputedStyle(el).backgroundColor),
  ).not.toBe('rgb(255, 105, 180)');

  // An attribute is a link parameter: changing it changes the view.
  await page.evaluate(() => document.getElementById('b')!.setAttribute('step', '12'));
  await expect.poll(() => lastState(page, 'b')).toMatchObject({ step: 12, preset: 'exploding' });
  await page.evaluate(() => document.getElementById('a')!.setAttribute('cell', 'gru'));
  await expect.poll(() => lastState(page, 'a')).toMatchObject({ cell: 'gru', step: 7 });
  expect(errors).toEqual([]);
});

test('in a reveal.js 6 deck the element runs on its slide and the deck keeps its keys', async ({
  browser,
  baseURL,
}) => {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Lecture 7</title><link rel="stylesheet" href="/reveal.css"></head><body>
<div class="reveal"><div class="slides">
<section><h2>Recurrent networks</h2></section>
<section><h2>Memory</h2><rnn-explainer id="deck" preset="lstm" style="height: 480px"></rnn-explainer></section>
<section><h2>Next slide</h2></section>
</div></div>
${LISTEN}
<script type="module" src="${baseURL}rnn-explainer.js"></script>
<script src="/reveal.js"></script>
<script>Reveal.initialize({ hash: true, transition: 'none' });</script>
</body></html>`;
  const { page, errors } = await open(browser, html, {
    '/reveal.js': `${revealDist}reveal.js`,
    '/reveal.css': `${revealDist}reveal.css`,
  });
  await expect
    .poll(async () => (await heard(page)).some((h) => h.type === 'ready'), { timeout: 30_000 })
    .toBe(true);
  await expect.poll(() => lastState(page, 'deck')).toMatchObject({ preset: 'lstm', step: 1 });
  // The deck drives the element through its attributes, as a slide-change handler would.
  await page.evaluate(() => document.getElementById('deck')!.setAttribute('step', '4'));
  await expect(page.frameLocator('#deck iframe').getByRole('button', { name: /^Step 4:/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h,
      ),
    )
    .toBe(2);
  expect(errors).toEqual([]);
});

test('the HTML a Jupyter notebook or Quarto writes — a script and the element, put into the page later — runs', async ({
  browser,
  baseURL,
}) => {
  // A notebook's output cell: HTML set as innerHTML, then its scripts re-created so they run (as
  // JupyterLab and Quarto's HTML output do); the element is defined after it is already in the page.
  const cell = `<script type="module" src="${baseURL}rnn-explainer.js"></script>\n<rnn-explainer id="nb" preset="timeseries" step="3"></rnn-explainer>`;
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>notebook.ipynb</title></head><body>
<div class="jp-OutputArea-output" id="out"></div>
<script>
window.heard = [];
const out = document.getElementById('out');
out.innerHTML = ${JSON.stringify(cell).replace(/<\//g, '<\\/')};
for (const old of out.querySelectorAll('script')) { const s = document.createElement('script'); for (const a of old.attributes) s.setAttribute(a.name, a.value); old.replaceWith(s); }
for (const type of ['ready', 'state']) document.getElementById('nb').addEventListener(type, (e) => { const s = type === 'ready' ? e.detail.state : e.detail; heard.push({ id: 'nb', type, step: s.step, preset: s.preset }); });
</script></body></html>`;
  const { page, errors } = await open(browser, html);
  await expect
    .poll(() => lastState(page, 'nb'), { timeout: 30_000 })
    .toMatchObject({ preset: 'timeseries', step: 3 });
  await expect(page.frameLocator('#nb iframe').getByRole('button', { name: /^Step 3:/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(errors).toEqual([]);
});
