import AxeBuilder from '@axe-core/playwright';
import { expect, settled, test } from './fixtures';

test('the neuron observatory: open, type, pick a unit, tints change; clamp a unit and the predictions change; axe passes', async ({
  guarded: page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await settled(page);
  const models: string[] = [];
  page.on('request', (r) => {
    if (/char-(lstm|gru)/.test(r.url())) models.push(r.url());
  });
  // The models are not part of the page until the observatory opens.
  expect(models).toEqual([]);
  await page.getByRole('button', { name: 'Open the neuron observatory' }).click();
  const region = page.getByRole('region', { name: 'Neuron observatory' });
  const box = region.getByRole('textbox', { name: 'Text for the observatory' });
  await box.fill('var greeting = \'hello, world\';\nif (a[0] === "x") {\n  return f(a);\n}\n');
  await expect(region.locator('pre.obs-text span')).toHaveCount(68);
  expect(models.some((u) => u.includes('char-lstm'))).toBe(true);
  await expect(region.getByRole('button', { name: /^inside quotes — unit \d+, r = / })).toBeVisible({
    timeout: 60_000,
  });
  await expect(region.getByText(/bits per character/)).toBeVisible();

  const tints = () =>
    region
      .locator('pre.obs-text span')
      .evaluateAll((spans) => spans.map((s) => (s as HTMLElement).style.background));
  const before = await tints();
  await region.getByRole('spinbutton', { name: 'Unit' }).fill('7');
  await expect.poll(tints).not.toEqual(before);

  const list = region.getByRole('list', { name: 'Top next characters' });
  await expect(list.getByRole('listitem')).toHaveCount(5);
  const free = await list.allTextContents();
  await region
    .getByRole('radiogroup', { name: 'Unit intervention' })
    .getByRole('radio', { name: 'Clamp unit' })
    .check();
  await region.getByRole('slider', { name: 'Clamp value' }).fill('-1');
  await expect.poll(() => list.allTextContents()).not.toEqual(free);

  const results = await new AxeBuilder({ page }).include('section.observatory').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
});
