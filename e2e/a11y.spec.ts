import AxeBuilder from '@axe-core/playwright';
import { expect, pickRadio, test } from './fixtures';

for (const [scheme, preset] of [['light', 'Vanilla RNN'], ['dark', 'LSTM-like'], ['light', 'GRU']] as const) {
  test(`no axe-core violations (${scheme} scheme, ${preset}, table open)`, async ({ guarded: page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await pickRadio(page, 'Presets', preset);
    await page.getByText('Hidden states as a table').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
  });
}
