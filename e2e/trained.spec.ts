import AxeBuilder from '@axe-core/playwright';
import { expect, pickRadio, settled, stepButton, test } from './fixtures';

test('Trained weights load on demand from the same origin, name “Alice” at the end of the Long sentence, and pass axe', async ({
  guarded: page,
}) => {
  await page.goto('/?preset=long');
  await settled(page);
  await pickRadio(page, 'Weights', 'Trained');
  const panel = page.getByRole('region', { name: /Who did it\?/ });
  await expect(panel).toBeVisible();
  await stepButton(page, 64).click();
  await expect(panel.getByRole('row', { name: /^Vanilla RNN/ })).toContainText(/Alice \(\d+\.\d%\)/);
  await expect(panel.getByRole('row', { name: /^LSTM/ })).toContainText(/Alice \(\d+\.\d%\)/);
  await expect(panel.getByRole('row', { name: /^GRU/ })).toContainText(/Alice \(\d+\.\d%\)/);
  await expect(page).toHaveURL(/weights=trained/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
});
