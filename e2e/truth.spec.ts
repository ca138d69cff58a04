/**
 * What a teacher's read of the page found (issue 20), checked as drawn in a real browser: the
 * memory chart on a phone, a small embed, the keyboard reaching the lab, a huge word, and the
 * bidirectional view following the step.
 */
import { expect, figuresBuilt, settled, test } from './fixtures';
import { scanText } from './textScan';

test('on a phone the memory chart is tall enough, keeps its axis titles, and draws its labels inside it at ≥ 12 px (subscripts ≥ 10 px)', async ({
  guarded: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?preset=long');
  await settled(page);
  const chart = page.locator('figure.memory svg.log-chart');
  await chart.scrollIntoViewIfNeeded();
  // The chart draws at the width it gets once its box is measured (a ResizeObserver, later on a busy
  // machine): wait for that state rather than reading the first frame.
  await expect
    .poll(async () => (await chart.boundingBox())!.height, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(160);
  const box = (await chart.boundingBox())!;
  const labels = await chart.locator('text').evaluateAll((ts) =>
    ts.map((t) => {
      const r = t.getBoundingClientRect();
      const m = (t as SVGGraphicsElement).getScreenCTM()!;
      return {
        text: t.textContent,
        px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b),
        left: r.left,
        right: r.right,
        shown: getComputedStyle(t).display !== 'none',
      };
    }),
  );
  expect(labels.filter((l) => l.text === 'step' || l.text!.includes('(log)')).every((l) => l.shown)).toBe(
    true,
  );
  const subscripts = await chart.locator('tspan[baseline-shift="sub"]').evaluateAll((ts) =>
    ts.map((t) => {
      const m = (t as SVGGraphicsElement).getScreenCTM()!;
      return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
    }),
  );
  expect(subscripts.length).toBeGreaterThan(0);
  // As drawn: the chart's width follows its box to the pixel, so a size may be off by that half pixel
  // in 334 (0.2%).
  const drawn = (px: number) => px * 1.002;
  for (const px of subscripts) expect(drawn(px)).toBeGreaterThanOrEqual(10);
  for (const l of labels) {
    expect(drawn(l.px), l.text!).toBeGreaterThanOrEqual(12);
    expect(l.left, l.text!).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(l.right, l.text!).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
});

test('a 480 × 270 embed draws no text under 12 px and nothing outside itself', async ({ guarded: page }) => {
  await page.setViewportSize({ width: 480, height: 270 });
  await page.goto('/?embed=1&preset=long');
  await settled(page);
  await expect(page.getByText(/Step 1 of 64: “Alice”/)).toBeVisible();
  await expect(page.locator('.embed svg.log-chart')).toBeVisible();
  expect(await page.evaluate(scanText, 12)).toEqual([]);
});

test('the keyboard reaches the training lab without scrolling to it first', async ({ guarded: page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await settled(page);
  // The panels above the lab load lazily too; until they are built, the control "just before the
  // lab" is not the one a reader's Tab leaves from (on a slow machine the test once started there).
  for (const name of ['Export', 'Explainer'])
    await expect(
      page.getByRole('region', { name, exact: true }).getByText('Loading…', { exact: true }),
    ).toHaveCount(0, { timeout: 60_000 });
  // The control just before the lab's place in the tab order, focused without scrolling.
  await page.evaluate(() => {
    const all = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
    ].filter((e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0);
    const spot = document.querySelector('.near-viewport')!;
    const before = all.filter(
      (e) => spot.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING && !spot.contains(e),
    );
    before[before.length - 1].focus({ preventScroll: true });
  });
  await page.keyboard.press('Tab');
  const lab = page.getByRole('region', { name: 'Training lab' });
  // Either the lab was already built (the page can come near it while it loads) and Tab went into
  // it, or its place holds the focus while its code and worker load: then wait, and Tab again.
  if (await page.evaluate(() => document.activeElement?.classList.contains('near-viewport'))) {
    await expect(lab.getByRole('button', { name: 'Train' })).toBeVisible({ timeout: 60_000 });
    await page.keyboard.press('Tab');
  }
  expect(await lab.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await expect(lab.getByRole('combobox', { name: 'Task' })).toBeFocused();
});

for (const [w, h] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`a 5,000-character word in a link does not widen the page (${w} px)`, async ({ guarded: page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`/?text=${'x'.repeat(5000)}%20end`);
    await settled(page);
    await expect(page.locator('figure.memory')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
  });
}

test('the bidirectional view scrolls to the step its caption talks about, and says it scrolls', async ({
  guarded: page,
}) => {
  await page.goto('/?preset=long&levels=2&step=51');
  await settled(page);
  await figuresBuilt(page);
  const fig = page.locator('figure.bidir');
  // To its top, as a reader scrolling down meets it: panels between that render for the first time
  // take their real height, so a figure scrolled to the bottom edge can move out of view again.
  await fig.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(fig.getByText(/64 tokens, wider than the page: scroll the figure sideways/)).toBeVisible();
  await expect(fig.locator('figcaption')).toContainText('At step 51 (“she”)');
  const scroller = (await fig.locator('.timeline-scroll').boundingBox())!;
  const sel = (await fig.locator('.bidir-sel').boundingBox())!;
  expect(sel.x).toBeGreaterThanOrEqual(scroller.x);
  expect(sel.x + sel.width).toBeLessThanOrEqual(scroller.x + scroller.width);
  await expect(fig.locator('text.token.selected')).toHaveText('she');
});

test('the inspector’s equations line up at “=”', async ({ guarded: page }) => {
  await page.goto('/?preset=lstm');
  await settled(page);
  // The equation is typeset after the run shows (KaTeX loads lazily): wait for its six rows.
  const rows = page.locator('.inspector .equation mtable mtr');
  await expect(rows).toHaveCount(6);
  const xs = await rows.evaluateAll((rows) =>
    rows.map((r) => {
      const eq = [...r.querySelectorAll('mo')].find((m) => m.textContent === '=')!;
      return eq.getBoundingClientRect().left;
    }),
  );
  expect(xs.length).toBe(6);
  for (const x of xs) expect(Math.abs(x - xs[0])).toBeLessThan(1.5);
});

test('on a phone the lab’s chart and the gate diagram draw their text at ≥ 10 px', async ({
  guarded: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?preset=long&cell=lstm&levels=2');
  await settled(page);
  const sizes = (sel: string) =>
    page
      .locator(sel)
      .evaluateAll((ts) =>
        ts.map(
          (t) =>
            parseFloat(getComputedStyle(t).fontSize) *
            Math.hypot(
              (t as SVGGraphicsElement).getScreenCTM()!.a,
              (t as SVGGraphicsElement).getScreenCTM()!.b,
            ),
        ),
      );
  await page.locator('.gates-figure').scrollIntoViewIfNeeded();
  for (const px of await sizes('.gates-figure svg text')) expect(px).toBeGreaterThanOrEqual(10);
  await page.locator('.near-viewport').scrollIntoViewIfNeeded();
  const lab = page.getByRole('region', { name: 'Training lab' });
  await expect(lab.locator('svg.lab-svg').first()).toBeVisible();
  const texts = await sizes('section.lab svg.lab-svg text');
  expect(texts.length).toBeGreaterThan(5);
  for (const px of texts) expect(px).toBeGreaterThanOrEqual(10);
  // The table's answer comes first, and the phone says the rest scrolls.
  await expect(lab.getByRole('columnheader').nth(1)).toHaveText('Solved');
  await expect(lab.getByText(/Scroll sideways for loss, parameters and gradient norm/)).toBeVisible();
});
