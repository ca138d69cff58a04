import AxeBuilder from '@axe-core/playwright';
import { expect, pickRadio, stepButton, test } from './fixtures';

test('every level opens, typesets its math without KaTeX errors, and passes axe', async ({
  guarded: page,
}) => {
  // Two loads with levels 2 and 3 open and axe over the whole page (as the test below): past 30 s on
  // a busy 2-core machine (33.8 s in under-load's first run), so the same budget as that test.
  test.setTimeout(120_000);
  await page.goto('/?preset=lstm');
  await page.getByRole('button', { name: /Level 2.*Want the math/ }).click();
  await page.getByRole('button', { name: /Level 3.*BPTT, clipping and attention/ }).click();
  const l2 = page.getByRole('region', { name: /^Level 2/ });
  const l3 = page.getByRole('region', { name: /^Level 3/ });
  await expect(l2.locator('.katex').first()).toBeVisible();
  await expect(l3.locator('.bptt-chart')).toBeVisible();
  await expect(l3.locator('.ssm-table .katex').first()).toBeVisible();
  expect(await l2.locator('.katex').count()).toBeGreaterThan(5);
  await expect(page.locator('.katex-error')).toHaveCount(0);
  // The code is highlighted (at build time).
  await expect(page.locator('.code-block code.hljs').first()).toBeVisible();
  await expect(page).toHaveURL(/levels=2%2C3|levels=2,3/);
  await page.reload();
  await expect(page.getByRole('region', { name: /^Level 3/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
});

test('the live equations are typeset by KaTeX in a worker, never in the page, and follow the selected step', async ({
  guarded: page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/?preset=lstm&levels=2&step=3');
  const live = page.getByRole('group', { name: /^Equations/ });
  const numeric = live.locator('.tex-display').nth(1);
  await expect(live.getByRole('heading', { name: /^At step 3 / })).toBeVisible();
  await expect(numeric.locator('annotation')).toContainText('\\begin{bmatrix}');
  await expect(numeric).not.toHaveAttribute('aria-busy');
  const atStep3 = await numeric.locator('annotation').textContent();

  await stepButton(page, 4).click();
  await expect(live.getByRole('heading', { name: /^At step 4 / })).toBeVisible();
  await expect(numeric.locator('annotation')).not.toHaveText(atStep3!);
  await expect(numeric).not.toHaveAttribute('aria-busy');
  // Back to step 3: the same markup as before, from the page's cache.
  await stepButton(page, 3).click();
  await expect(numeric.locator('annotation')).toHaveText(atStep3!);

  expect(workers.some((u) => /typeset\.worker/.test(u))).toBe(true);
  // KaTeX's code reached the page only inside the worker: the in-page fallback was never fetched.
  expect(fetched.filter((u) => /typesetApi/.test(u))).toEqual([]);
  await expect(page.locator('.katex-error')).toHaveCount(0);
});

test('clipping bounds the exploding parameter gradient and leaves the per-step signal unchanged', async ({
  guarded: page,
}) => {
  await page.goto('/?levels=3');
  await pickRadio(page, 'Presets', 'Exploding');
  const chart = page.locator('.bptt-chart');
  const line = chart.locator('path[data-series="vanilla"]');
  await expect(line).toBeVisible();
  const free = await line.getAttribute('d');
  const row = page
    .locator('table.bptt-table')
    .getByRole('row', { name: /^Vanilla RNN/ })
    .filter({ has: page.getByRole('cell') });
  const before = Number(await row.getByRole('cell').nth(0).textContent());
  expect(before).toBeGreaterThan(1);

  await page.getByRole('checkbox', { name: 'Clip the gradient norm' }).check();
  const slider = page.getByRole('slider', { name: 'Clipping threshold' });
  await slider.fill('-10'); // threshold 0.1
  await expect(page.getByText(/Clipping at 0\.10/)).toBeVisible();
  expect(Number(await row.getByRole('cell').nth(1).textContent())).toBeCloseTo(0.1, 3);
  // clip_grad_norm_ rescales the parameter gradient; ‖∂L/∂h_t‖ per step stays as it was.
  expect(await line.getAttribute('d')).toBe(free);

  // Truncation with a loss on every step: a 3-step window cuts 6 chunks as x.split(3) makes them,
  // and every step still receives gradient, from its own chunk's losses.
  await page.getByRole('slider', { name: 'Truncation window (steps)' }).fill('3');
  await expect(
    page.getByText(
      /the 16 steps form 6 chunks \(steps 1–3, 4–6, 7–9, 10–12, …, 16, as x\.split\(3\) makes them\)/,
    ),
  ).toBeVisible();
  await expect(page.locator('figure.bptt')).toHaveAttribute('aria-busy', 'false');
  expect((await line.getAttribute('d'))!.match(/[ML]/g)).toHaveLength(16);
});

test('axe passes with every level open on the long sequence (wide, scrolling figures)', async ({
  guarded: page,
}) => {
  // Thousands of SVG nodes: axe alone takes ~25 s on these 2-core machines.
  test.setTimeout(120_000);
  await page.goto('/?preset=long&levels=2,3&step=51');
  await expect(page.locator('.bptt-chart')).toBeVisible();
  await expect(page.locator('.ssm-table .katex').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
});

test('the trained attention heatmap shows the alignment it states, labels above the cells, and passes axe', async ({
  guarded: page,
}) => {
  await page.goto('/?levels=3');
  const figure = page.locator('figure.seq2seq');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toContainText('Luong, Pham & Manning 2015');
  await expect(figure).toContainText('Bahdanau, Cho & Bengio 2014');
  // The trained models arrive lazily; the accuracy table comes with them.
  await expect(figure.getByRole('table', { name: /^Share of held-out sequences/ })).toBeAttached();
  const source = figure.getByRole('textbox', { name: 'Source sequence (digits 0–9)' });
  await source.fill('5 0 8 8 2 6 1 9 4 7');
  await expect(figure.getByText(/the decoder writes 7 4 9 1 6 2 8 8 0 5/)).toBeVisible();
  for (const score of ['Dot product', 'Additive']) {
    await figure.getByRole('radio', { name: score }).check();
    const grid = await figure
      .locator('svg.s2s-chart')
      .first()
      .evaluate((svg) => {
        const rects = Array.from(svg.querySelectorAll('rect'));
        const weight = (r: Element) => Number(r.getAttribute('data-weight'));
        const rows = Array.from({ length: 10 }, (_, t) => rects.slice(t * 10, t * 10 + 10).map(weight));
        const top = Math.min(...rects.map((r) => r.getBoundingClientRect().top));
        const labels = Array.from(svg.querySelectorAll('text.token'))
          .slice(0, 10)
          .map((t) => t.getBoundingClientRect());
        return {
          rows,
          aligned: rects.map((r, k) => (r.classList.contains('aligned') ? k : -1)).filter((k) => k >= 0),
          top,
          labels: labels.map((l) => l.bottom),
        };
      });
    // The drawn cells: where each row's brightest cell is — on the mirrored input, which the dotted
    // outline marks (dot product), or one column right of it (additive, as the caption explains).
    const peaks = grid.rows.map((r, t) => r.indexOf(Math.max(...r)) - (9 - t));
    const hits = peaks.filter((d) => d === 0).length;
    const next = peaks.filter((d) => d === 1).length;
    expect(score === 'Dot product' ? hits : hits + next, score).toBeGreaterThanOrEqual(9);
    expect(grid.aligned).toEqual(Array.from({ length: 10 }, (_, t) => t * 10 + 9 - t));
    const caption = figure.locator('#s2s-caption');
    await expect(caption).toContainText(
      `On this sequence, ${hits} of 10 output steps (${hits * 10}%) put their largest weight on the digit they copy`,
    );
    if (next > 0)
      await expect(caption).toContainText(
        `and ${next} of 10 (${next * 10}%) on the encoder state one step after it`,
      );
    if (score === 'Additive')
      await expect(caption).toContainText('one column right of the diagonal from top right to bottom left');
    for (const bottom of grid.labels) expect(bottom).toBeLessThanOrEqual(grid.top + 1);
  }
  const results = await new AxeBuilder({ page }).include('figure.seq2seq').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
});

test('the trained bidirectional tagger answers per digit, beside the forward-only one', async ({
  guarded: page,
}) => {
  await page.goto('/?levels=2');
  const figure = page.locator('figure.bidir');
  await figure.scrollIntoViewIfNeeded();
  await figure.getByRole('radio', { name: 'Trained tagger, on digits' }).check();
  await figure.getByRole('textbox', { name: 'Sequence (digits 0–9)' }).fill('4 1 6 4 2 9 1 3');
  const answers = figure.getByRole('table', { name: 'The taggers’ answers per digit' });
  await expect(answers.getByRole('row')).toHaveCount(9);
  // 4 and 1 occur twice: steps 1, 2, 4, 7.
  const truth = await answers.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(truth).toEqual(['yes', 'yes', 'no', 'yes', 'no', 'no', 'yes', 'no']);
  const bi = await answers.locator('tbody tr td:nth-child(4)').allTextContents();
  const right = bi.filter((a, t) => a === truth[t]).length;
  await expect(figure.locator('#tagger-caption')).toContainText(
    `the bidirectional tagger gets ${right} of 8 right`,
  );
  await expect(figure.getByRole('table', { name: /^Held-out accuracy/ })).toContainText('Bidirectional GRU');
  await page.reload();
  await expect(
    page.locator('figure.bidir').getByRole('radio', { name: 'Trained tagger, on digits' }),
  ).toBeChecked();
  const results = await new AxeBuilder({ page }).include('figure.bidir').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
});

test('the colour legend has a title and keeps its end labels inside, even at ±232 (Exploding, symmetric log scale)', async ({
  guarded: page,
}) => {
  await page.goto('/?preset=exploding');
  const legend = page.getByRole('img', { name: /^Bar colour: hidden-state value h.*symmetric log scale/ });
  await expect(legend).toContainText('h, symmetric log scale');
  await expect(legend).toContainText(/−2\d\d\.\d/);
  const inside = await legend.evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    return Array.from(svg.querySelectorAll('text')).every((t) => {
      const r = t.getBoundingClientRect();
      return r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
    });
  });
  expect(inside).toBe(true);
});
