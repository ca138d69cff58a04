/**
 * A real reveal.js deck on another origin embeds the Share dialog's snippet and its key-forwarding
 * snippet, as a teacher would paste them — and the embed API works both ways.
 */
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serveHost } from './hostPage';

const revealDist = fileURLToPath(new URL('../node_modules/reveal.js/dist/', import.meta.url));

/** The deck page and reveal.js's own files, on another origin. */
const serveDeck = (html: string) =>
  serveHost(html, { '/reveal.js': `${revealDist}reveal.js`, '/reveal.css': `${revealDist}reveal.css` });

function deckHtml(iframe: string, plugin: string, appOrigin: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Lecture 7</title><link rel="stylesheet" href="/reveal.css"></head><body>
<div class="reveal"><div class="slides">
<section><h2>Recurrent networks</h2></section>
<section><h2>Memory</h2>${iframe}</section>
<section><h2>Next slide</h2></section>
<section><h2>Last slide</h2></section>
</div></div>
<script src="/reveal.js"></script>
<script>
window.received = [];
window.addEventListener('message', (e) => { if (e.origin === ${JSON.stringify(appOrigin)}) window.received.push(e.data); });
// The deck drives the embed the moment the frame has loaded: early, before the app has rendered.
document.querySelector('iframe').addEventListener('load', (e) => e.target.contentWindow.postMessage({ type: 'step', step: 5 }, '*'));
Reveal.initialize({ hash: true, transition: 'none' });
</script>
${plugin}
</body></html>`;
}

const received = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { received: { type: string; step?: number; cell?: string; version?: number }[] })
        .received,
  );
const slideIndex = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h,
  );

let deck: Server | null = null;
test.afterEach(() => {
  deck?.close();
  deck = null;
});

test('a reveal.js deck on another origin drives the embed, hears ready and state, and keeps its clicker after a click inside', async ({
  guarded: app,
  browser,
  baseURL,
}) => {
  await app.goto('/?preset=long');
  await app.getByRole('button', { name: 'Share' }).click();
  const iframe = await app.getByRole('textbox', { name: /Embed in slides/ }).inputValue();
  const plugin = await app.getByRole('textbox', { name: 'reveal.js key forwarding' }).inputValue();
  const appOrigin = new URL(baseURL as string).origin;
  const served = await serveDeck(deckHtml(iframe, plugin, appOrigin));
  deck = served.server;

  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${served.origin}/#/1`);
  const embed = page.frameLocator('iframe');

  // The step sent on the frame's load event arrived (it was queued until the view could act on it).
  await expect(embed.getByRole('button', { name: /^Step 5:/ })).toHaveAttribute('aria-pressed', 'true');
  // The deck heard `ready` (with the API version) and then `state` for step 5.
  await expect.poll(async () => (await received(page)).find((m) => m.type === 'ready')?.version).toBe(1);
  await expect
    .poll(async () => (await received(page)).filter((m) => m.type === 'state').at(-1)?.step)
    .toBe(5);

  // A host may ask where the view is.
  const before = (await received(page)).length;
  await page.evaluate(() =>
    document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'get-state' }, '*'),
  );
  await expect
    .poll(async () => (await received(page)).slice(before).some((m) => m.type === 'state' && m.step === 5))
    .toBe(true);

  // The reader clicks the embed's cell switch; the clicker's PageDown still moves the deck, and the embed keeps its cell.
  const lstm = embed.getByRole('radiogroup', { name: 'Cell type' }).getByRole('radio', { name: 'LSTM' });
  await lstm.click();
  await expect(lstm).toBeChecked();
  await expect
    .poll(async () => (await received(page)).filter((m) => m.type === 'state').at(-1)?.cell)
    .toBe('lstm');
  await page.keyboard.press('PageDown');
  await expect.poll(() => slideIndex(page)).toBe(2);
  await expect(lstm).toBeChecked();

  // Back on the embed's slide: after a click on the radio, → moves the deck, not the radio.
  await page.keyboard.press('ArrowLeft'); // the deck has the keyboard again: focus did not stay in the frame
  await expect.poll(() => slideIndex(page)).toBe(1);
  await lstm.click();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slideIndex(page)).toBe(2);
  await expect(lstm).toBeChecked();
  await expect(embed.getByRole('button', { name: /^Step 5:/ })).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
  await context.close();
});
