import { expect, influence, pickRadio, settled, shareOfStep1, stepButton, test } from './fixtures';

test('click a step, then walk the timeline with the keyboard', async ({ guarded: page }) => {
  await page.goto('/');
  await stepButton(page, 3).click();
  await expect(stepButton(page, 3)).toHaveAttribute('aria-pressed', 'true');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { level: 2 })).toContainText('Step 3: “sat”');
  // KaTeX typeset the equation without an error node.
  await expect(inspector.locator('.katex').first()).toBeVisible();
  await expect(page.locator('.katex-error')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(stepButton(page, 4)).toHaveAttribute('aria-pressed', 'true');
  await expect(stepButton(page, 4)).toBeFocused();
  await page.keyboard.press('End');
  await expect(stepButton(page, 10)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Home');
  await expect(inspector.getByRole('heading', { level: 2 })).toContainText('Step 1: “the”');
});

test('Long sequence: vanilla forgets "Alice" by "she", the LSTM remembers', async ({ guarded: page }) => {
  await page.goto('/');
  await pickRadio(page, 'Presets', 'Long sequence');
  const caption = page.getByText(/by "she" \(step (\d+)\)/);
  await expect(caption).toBeVisible();
  const step = Number((await caption.textContent())!.match(/step (\d+)/)![1]);
  expect(await page.getByRole('button', { name: /^Step \d+:/ }).count()).toBeGreaterThanOrEqual(60);
  await stepButton(page, step).click();
  await expect(stepButton(page, step)).toHaveAccessibleName(`Step ${step}: "she"`);
  expect(await shareOfStep1(page, 'Vanilla RNN')).toBeLessThan(1);
  expect(await shareOfStep1(page, 'LSTM')).toBeGreaterThan(10);
  // Switching the cell keeps the step, and the inspector now shows the LSTM's gates.
  await pickRadio(page, 'Cell type', 'LSTM');
  await expect(stepButton(page, step)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Inspector' }).getByText(/forget gate f/)).toBeVisible();
});

test('Exploding: swapping the first word moves the state more and more along the sequence', async ({
  guarded: page,
}) => {
  await page.goto('/');
  await pickRadio(page, 'Presets', 'Exploding');
  const n = await page.getByRole('button', { name: /^Step \d+:/ }).count();
  const values: number[] = [];
  for (const s of [1, Math.ceil(n / 2), n]) {
    await stepButton(page, s).click();
    values.push(await influence(page, 'Vanilla RNN'));
  }
  expect(values[1]).toBeGreaterThan(values[0]);
  expect(values[2]).toBeGreaterThan(values[1]);
  await expect(
    page
      .locator('table.memory-table')
      .getByRole('row', { name: /^Vanilla RNN/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('no decay within this sequence');
});

test('type a sentence, including emoji and RTL, and see its steps', async ({ guarded: page }) => {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Your sentence' });
  await box.fill('Recurrent nets read 🙂 שלום slowly');
  await box.press('Enter');
  await expect(page.getByRole('button', { name: /^Step \d+:/ })).toHaveCount(6);
  await expect(stepButton(page, 5)).toHaveAccessibleName('Step 5: "שלום"');
  await box.fill('   ');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByText(/No words found/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Step \d+:/ }).first()).toBeVisible();
});

test('a 300-word paste is cut to 200 steps with a message', async ({ guarded: page }) => {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Your sentence' });
  await box.fill(Array.from({ length: 300 }, (_, i) => `w${i}`).join(' '));
  await box.press('Enter');
  await expect(page.getByText(/300 words; only the first 200/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Step \d+:/ })).toHaveCount(200);
});

test('play advances the selection, pause stops it', async ({ guarded: page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: /Speed/ }).selectOption('fast');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // Wait for a state, not a time window: once playback has left step 1, pause and read where it is.
  await expect(stepButton(page, 1)).toHaveAttribute('aria-pressed', 'false', { timeout: 15_000 });
  await page
    .getByRole('region', { name: 'Timeline of hidden states' })
    .getByRole('button', { name: 'Pause' })
    .click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const label = await page
    .getByRole('button', { name: /^Step \d+:/, pressed: true })
    .getAttribute('aria-label');
  expect(Number(/^Step (\d+)/.exec(label ?? '')?.[1])).toBeGreaterThan(1);
});

test('on a phone the timeline scrolls sideways and keeps the selected step in view', async ({
  guarded: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await pickRadio(page, 'Presets', 'Long sequence');
  await stepButton(page, 1).click();
  await page.keyboard.press('End');
  const last = page.getByRole('button', { name: /^Step 64:/ });
  await expect(last).toHaveAttribute('aria-pressed', 'true');
  await expect(last).toBeInViewport();
  // The page itself does not scroll sideways: only the timeline does.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('on a phone the first screen shows the timeline, and the memory chart’s labels keep a readable size', async ({
  guarded: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?preset=long');
  await settled(page);
  // The first step's cell is on the first screen, without scrolling.
  await expect(stepButton(page, 1)).toBeInViewport();
  const box = await stepButton(page, 1).boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  // Tick labels drawn at their real size (were ~6 px when a 760-unit chart was shrunk to the column).
  const chart = page.locator('svg.memory-chart');
  await chart.scrollIntoViewIfNeeded();
  // On a phone the chart's tick labels are drawn larger (CSS), so they stay readable scaled down.
  const smallest = () =>
    chart.evaluate((svg) =>
      Math.min(
        ...Array.from(svg.querySelectorAll('.axis text:not(.axis-title)')).map(
          (t) => t.getBoundingClientRect().height,
        ),
      ),
    );
  await expect.poll(smallest).toBeGreaterThanOrEqual(10);
  expect(await chart.locator('.axis text:not(.axis-title)').count()).toBeGreaterThan(3);
});

test('a 5,000-character word does not widen the page: its label, chip and readout are clipped', async ({
  guarded: page,
}) => {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Your sentence' });
  await box.fill(`short ${'W'.repeat(5000)} end`);
  await box.press('Enter');
  await expect(page.getByRole('button', { name: /^Step \d+:/ })).toHaveCount(3);
  await settled(page);
  await stepButton(page, 2).click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('region', { name: 'Inspector' }).locator('.token-chip')).toBeVisible();
  const chipWidth = await page
    .getByRole('region', { name: 'Inspector' })
    .locator('.token-chip')
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(chipWidth).toBeLessThan(400);
});
