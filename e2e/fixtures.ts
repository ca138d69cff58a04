import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * Every page in these tests fails on a console error or on any request outside its own origin
 * (the app must work offline, fonts included).
 */
export const test = base.extend<{ guarded: Page; storedDetail: 'everything' | null }>({
  // The tools' tests meet the page as a returning reader who chose Detail: Everything (remembered
  // on the device); the lesson's tests set this to null and meet it as a first-time student.
  storedDetail: ['everything', { option: true }],
  guarded: async ({ page, baseURL, storedDetail }, use) => {
    if (storedDetail)
      await page.addInitScript((d) => window.localStorage.setItem('rnn-explainer:detail', d), storedDetail);
    const errors: string[] = [];
    const foreign: string[] = [];
    const origin = new URL(baseURL as string).origin;
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
    });
    await use(page);
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests outside the origin').toEqual([]);
  },
});

export { expect };

export const stepButton = (page: Page, n: number) =>
  page.getByRole('button', { name: new RegExp(`^Step ${n}:`) });

export async function pickRadio(page: Page, group: string, name: string) {
  await page.getByRole('radiogroup', { name: group }).getByRole('radio', { name, exact: true }).check();
  await settled(page);
}

/**
 * Waits until the page shows the run for its current settings: runs are computed in a Web Worker
 * and the view is marked aria-busy until the new one arrives. Right after `goto` the app may not
 * have rendered at all yet, and index.html's static masthead has nothing busy in it either (on a
 * slow machine a test once went on from there): so it first waits for a <main> that React drew.
 */
export async function settled(page: Page) {
  await expect(page.locator('#root main').first()).toBeAttached();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/**
 * Waits until every figure of the open levels is built (they build one at a time after load,
 * ui/shared/BuildWhenIdle): before that, a figure scrolled to can move down as those above it build.
 */
export async function figuresBuilt(page: Page) {
  // An open level is on the page, its gradient figures have their numbers, and none is still a placeholder.
  await expect(page.getByRole('region', { name: /^Level [23]/ }).first()).toBeAttached({ timeout: 30_000 });
  await expect(page.getByText('Computing this run’s gradients for the level’s figures…')).toHaveCount(0, {
    timeout: 30_000,
  });
  await expect(page.locator('.build-pending')).toHaveCount(0, { timeout: 30_000 });
}

/** The "of step 1" share (in %) that the memory table shows for a cell at the selected step. */
export async function shareOfStep1(page: Page, cell: string): Promise<number> {
  const row = page.locator('table.memory-table').getByRole('row', { name: new RegExp(`^${cell}`) });
  return Number((await row.getByRole('cell').nth(1).textContent())!.replace('%', ''));
}

/** The memory table's value column for a cell: how far swapping the first word moved h at the selected step. */
export async function influence(page: Page, cell: string): Promise<number> {
  const row = page.locator('table.memory-table').getByRole('row', { name: new RegExp(`^${cell}`) });
  return Number(await row.getByRole('cell').nth(0).textContent());
}
