import { expect, test } from '@playwright/test';

test('the built app runs the engine in the browser and shows each step', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('RNN Explainer');
  const rows = page.getByRole('row').filter({ has: page.getByRole('rowheader') });
  await expect(rows).toHaveCount(6);
  const v = Number(await page.getByTestId('step-6').getByRole('cell').nth(1).textContent());
  expect(Number.isFinite(v)).toBe(true);
  expect(Math.abs(v)).toBeLessThan(1);
  expect(errors).toEqual([]);
});
