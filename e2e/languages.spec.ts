/**
 * Every reader's language, in the browser: each language's first screen in its own words and
 * direction with no axe-core violations; a first visit in the browser's language, then the reader's
 * choice remembered; and the two pseudo-languages run through the first screen and every tour stop on
 * a phone and a desktop, with the slide views at projector and embed sizes — no text clipped or
 * overflowing, nothing pushed off the side of the page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, settled, test } from './fixtures';
import { TOUR_STOP_IDS } from '../src/content/tourStopIds';
import { readCatalogues } from '../tests/i18n/catalogue';
import type { Catalogue } from '../tests/i18n/catalogue';

test.use({ storedDetail: null });

let cat: Record<string, Catalogue>;
test.beforeAll(async () => {
  cat = await readCatalogues();
});

/** Text that does not fit its box: clipped (scrollWidth > clientWidth) or past the page's side. */
function overflowing(page: Page, scope: string) {
  return page.evaluate((scope) => {
    const out: string[] = [];
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth + 1)
      out.push(`page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
    const els = document.querySelectorAll<HTMLElement>(
      `${scope} :is(h1, h2, h3, p, li, button, label, legend, select, .button-link, .tour-count)`,
    );
    for (const el of els) {
      // Only what is drawn: hidden parts (a closed details, a veiled readout) have no box.
      if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
      // Text for screen readers only (a 1 px box on purpose).
      if (el.clientWidth <= 1 && el.clientHeight <= 1) continue;
      // Parts that scroll sideways by design: the timeline and wide tables.
      if (el.closest('.timeline-scroll, .table-scroll, svg, .katex')) continue;
      const r = el.getBoundingClientRect();
      const text = (el.textContent ?? '').trim().slice(0, 40);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        out.push(`clipped: ${el.tagName.toLowerCase()} “${text}” ${el.scrollWidth} > ${el.clientWidth}`);
      if (r.width > 0 && (r.left < -1 || r.right > page.clientWidth + 1))
        out.push(
          `off the side: ${el.tagName.toLowerCase()} “${text}” ${Math.round(r.left)}–${Math.round(r.right)}`,
        );
    }
    return out;
  }, scope);
}

for (const lang of ['en', 'zh-CN', 'es', 'pt-BR', 'ar'] as const) {
  test(`${lang}: the first screen in its own words and direction, with no axe-core violations`, async ({
    guarded: page,
  }) => {
    await page.goto(`/?lang=${lang}`);
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(cat[lang]['masthead.title']);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page).toHaveTitle(cat[lang]['page.title']);
    // Time runs left to right in every language: the timeline is not mirrored.
    expect(await page.locator('svg.timeline').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    // The panels under the first screen take their words from a part loaded after the first paint.
    const inspector = page.getByRole('region', { name: cat[lang]['inspector.label'] });
    await expect(inspector.getByRole('heading', { level: 3 }).first()).toHaveText(
      cat[lang]['inspector.memory'].replace(/<\/?0>/g, ''),
    );
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
  });
}

test('a bad link is explained in the reader’s language, and the inspector speaks it too', async ({
  guarded: page,
}) => {
  await page.goto('/?lang=es&hidden=NaN');
  await settled(page);
  // Worded after the language is in: the notice is the Spanish message with this link's key.
  const [before] = cat.es['notice.badParam'].split('{value}');
  await expect(page.getByRole('status').filter({ hasText: before.replace('{key}', 'hidden') })).toBeVisible();
  await expect(page.getByRole('region', { name: cat.es['inspector.label'] })).toContainText(
    cat.es['inspector.split.title'],
  );
});

test('level 2 in Arabic: the misconceptions answered with the run’s numbers, and the symbols’ glossary', async ({
  guarded: page,
}) => {
  await page.goto('/?preset=long&levels=2&lang=ar');
  const box = page.locator('section.misconceptions');
  await expect(box.getByRole('heading', { name: cat.ar['misc.title'] })).toBeVisible({ timeout: 30_000 });
  await expect(box.locator('dt').first()).toHaveText(cat.ar['misc.layers.claim']);
  // The run's own length, in the Arabic sentence (the Long sentence is 64 tokens).
  await expect(box.locator('dd').first()).toContainText('64');
  await expect(page.locator('dl.glossary dd').first()).toHaveText(cat.ar['symbol.x']);
  // The level's own button and its lists, from the same catalogue.
  await expect(page.getByRole('button', { name: cat.ar['level.2.prompt'] })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.getByRole('group', { name: cat.ar['reach.title'] }).first()).toContainText(
    cat.ar['level.1.reachFor.1'],
  );
});

test('a first visit speaks the browser’s language; the menu’s choice is kept in the link and on the device', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ locale: 'es-MX', baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cat.es['masthead.title']);
  await page.getByRole('combobox', { name: cat.es['language.label'] }).selectOption('pt-BR');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cat['pt-BR']['masthead.title']);
  await expect(page).toHaveURL(/lang=pt-BR/);
  // A new visit without the parameter: the device remembers the reader's choice over the browser's.
  await page.goto('/?preset=long');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cat['pt-BR']['masthead.title']);
  // An old English link stays English only when it says so; a link in another language opens in it.
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cat.en['masthead.title']);
  await context.close();
});

for (const [lang, width, height] of [
  ['en-XA', 390, 844],
  ['ar-XB', 1280, 800],
] as const) {
  test(`pseudo-language ${lang} at ${width}×${height}: the first screen and every tour stop fit`, async ({
    guarded: page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height });
    await page.goto(`/?lang=${lang}`);
    await settled(page);
    expect(await overflowing(page, 'body')).toEqual([]);
    await page.locator('.tour-start').filter({ visible: true }).first().click();
    const card = page.locator('.tour-card');
    for (let n = 1; n <= TOUR_STOP_IDS.length; n++) {
      await expect(card).toHaveAttribute('data-stop', TOUR_STOP_IDS[n - 1]);
      await settled(page);
      const problems = await overflowing(page, '.tour-card');
      expect(problems, `stop ${n}`).toEqual([]);
      // The card stays on screen, whichever side the language starts from.
      const box = (await card.boundingBox())!;
      expect(box.x, `stop ${n}`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `stop ${n}`).toBeLessThanOrEqual(width + 1);
      if (n < TOUR_STOP_IDS.length) await card.locator('.tour-nav button').nth(1).click();
    }
  });
}

test('pseudo-language en-XA: the presenter view at 1024×768 and the embed at 480×270 fit', async ({
  guarded: page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/?lang=en-XA&present=1&preset=long');
  await settled(page);
  expect(await overflowing(page, 'body')).toEqual([]);
  await page.setViewportSize({ width: 480, height: 270 });
  await page.goto('/?lang=en-XA&embed=1');
  await settled(page);
  expect(await overflowing(page, 'body')).toEqual([]);
});
