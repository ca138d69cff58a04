/** The teacher's guide (?view=guide), printed to PDF as a teacher would print it: its pages and its links. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { PLAN } from '../src/features/lesson/guidePlan';
import { TOUR_STOP_IDS } from '../src/content/tourStopIds';
import { readCatalogues } from '../tests/i18n/catalogue';

test('the teacher’s guide prints on 2–8 A4 pages, with the worksheet on its own page and every link to this site', async ({
  guarded: page,
  baseURL,
}) => {
  await page.goto('/?view=guide');
  await expect(page.getByRole('heading', { level: 1, name: /Teacher’s guide/ })).toBeVisible();
  await expect(page.locator('main.guide')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(page.getByText(/^Answer:/).first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  // On paper the addresses are printed beside the links; the print button is not.
  await expect(page.locator('.print-url').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this guide' })).toBeHidden();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(8);
  // The worksheet starts a page: the page count without it is one fewer.
  const withoutSheet = await page.evaluate(() => {
    document.querySelector('.worksheet')!.remove();
    return true;
  });
  expect(withoutSheet).toBe(true);
  const shorter = ((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [])
    .length;
  expect(shorter).toBeLessThan(pages);

  const links = [...pdf.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]);
  const origin = new URL(baseURL as string).origin;
  expect(links.length).toBeGreaterThan(10);
  for (const l of links) expect(l.startsWith(origin), l).toBe(true);
  // Every tour stop the plan names, and the presets it opens.
  const tours = new Set(links.map((l) => new URL(l).searchParams.get('tour')).filter((t) => t !== null));
  const ids = new Set<string>(TOUR_STOP_IDS);
  for (const t of tours) expect(ids.has(t), `tour=${t}`).toBe(true);
  for (const row of PLAN) for (const id of row.stops) expect(tours.has(id), `tour stop ${id}`).toBe(true);
  expect(links.some((l) => new URL(l).searchParams.get('preset') === 'long')).toBe(true);

  // A printed link opens what it says: the stop on forgetting, on the Long sentence.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(links.find((l) => new URL(l).searchParams.get('tour') === 'forgetting')!);
  const card = page.getByRole('region', { name: 'Guided tour' });
  const n = TOUR_STOP_IDS.indexOf('forgetting') + 1;
  await expect(card.getByText(`Stop ${n} of ${TOUR_STOP_IDS.length}`)).toBeVisible({ timeout: 30_000 });
  const { en } = await readCatalogues();
  await expect(card.getByRole('heading', { name: en['stop.forgetting.title'] })).toBeVisible();
});

test('the guide in Arabic: its words from the catalogue, right to left, and its links open the page in Arabic', async ({
  guarded: page,
}) => {
  const { ar } = await readCatalogues();
  await page.goto('/?view=guide&lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1, name: ar['guide.title'] })).toBeVisible();
  await expect(page.locator('main.guide')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  // Every row of the plan in Arabic; none left in English.
  for (const row of PLAN)
    await expect(page.getByText(ar[`plan.${row.key}.title`], { exact: true })).toBeVisible();
  const hrefs = await page
    .locator('main.guide a[href*="tour="]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const h of hrefs) expect(new URL(h).searchParams.get('lang'), h).toBe('ar');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
