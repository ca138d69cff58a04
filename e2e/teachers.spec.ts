import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, pickRadio, stepButton, test } from './fixtures';

async function pressedStep(page: Page): Promise<number> {
  const name = await page
    .getByRole('button', { name: /^Step \d+:/, pressed: true })
    .getAttribute('aria-label');
  return Number(name!.match(/^Step (\d+):/)![1]);
}

test('a view set up through the UI survives a reload and a copied link', async ({
  guarded: page,
  context,
}) => {
  await page.goto('/');
  await pickRadio(page, 'Presets', 'Long sequence');
  await pickRadio(page, 'Cell type', 'LSTM');
  await stepButton(page, 51).click();
  await page.getByRole('slider', { name: /Random seed/ }).fill('42');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Long sequence' })).not.toBeChecked(); // seed changed: no longer the preset
  await expect(
    page.getByRole('radiogroup', { name: 'Cell type' }).getByRole('radio', { name: 'LSTM' }),
  ).toBeChecked();
  expect(await pressedStep(page)).toBe(51);
  await expect(page.getByRole('slider', { name: /Random seed/ })).toHaveValue('42');

  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: /Link to exactly what you see/ }).inputValue();
  const other = await context.newPage();
  await other.goto(link);
  expect(await pressedStep(other)).toBe(51);
  await expect(
    other.getByRole('radiogroup', { name: 'Cell type' }).getByRole('radio', { name: 'LSTM' }),
  ).toBeChecked();
  await expect(other.getByRole('slider', { name: /Random seed/ })).toHaveValue('42');
  const snippet = await page.getByRole('textbox', { name: /Embed in slides/ }).inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+embed=1[^"]*" width="960" height="540" title="[^"]+"/);
});

test('back and forward walk through preset and cell changes', async ({ guarded: page }) => {
  await page.goto('/');
  await pickRadio(page, 'Presets', 'GRU');
  await pickRadio(page, 'Presets', 'Exploding');
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'GRU', exact: true }).first()).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Vanilla RNN', exact: true }).first()).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(/preset=gru/);
});

test('hostile parameters fall back with a visible notice and are never inserted as HTML', async ({
  guarded: page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const text = '<img src=x onerror=alert(1)><script>alert(2)</script> hello';
  await page.goto(`/?hidden=NaN&cell=%3Cscript%3E&step=999999&text=${encodeURIComponent(text)}`);
  await expect(page.getByRole('status').filter({ hasText: /Ignored the link's "hidden"/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /"cell"/ })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Step 1: "img"/ })).toBeVisible();
  expect(dialogs).toBe(0);
});

for (const [w, h] of [
  [480, 270],
  [1280, 720],
  [640, 480],
] as const) {
  test(`the embed fits an iframe of ${w}x${h} with no scrollbars and obeys postMessage`, async ({
    guarded: page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: w + 40, height: h + 40 });
    await page.goto('/');
    // A host page on the same origin, as a course site would be.
    await page.evaluate(
      ([src, w, h]) => {
        document.body.innerHTML = `<iframe id="f" src="${src}" width="${w}" height="${h}" style="border:0" title="RNN"></iframe>`;
      },
      [`${baseURL}?embed=1&preset=long`, w, h] as const,
    );
    const frame = page.frameLocator('#f');
    // Below 560 × 420 the embed shows the chart and the step in words (the timeline's labels would be under 12 px).
    const small = w < 560 || h < 420;
    const atStep = (n: number) =>
      small
        ? expect(frame.getByText(new RegExp(`^Step ${n} of 64:`))).toBeVisible()
        : expect(frame.getByRole('button', { name: new RegExp(`^Step ${n}:`) })).toHaveAttribute(
            'aria-pressed',
            'true',
          );
    await atStep(1);
    await expect(frame.getByRole('link', { name: /Open in full explainer/ })).toBeVisible();
    const f = page.frames().find((fr) => fr.url().includes('embed=1'))!;
    const fits = await f.evaluate(() => {
      const d = document.documentElement;
      return {
        v: d.scrollHeight - d.clientHeight,
        h: d.scrollWidth - d.clientWidth,
        inner: [innerWidth, innerHeight],
      };
    });
    expect(fits.v).toBeLessThanOrEqual(0);
    expect(fits.h).toBeLessThanOrEqual(0);
    // Every part is inside the frame, not cut off below it.
    for (const sel of ['.embed-bar', small ? '.embed-step' : '.embed-timeline', '.embed-chart']) {
      const box = await f.locator(sel).boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(h + 1);
    }
    await page.evaluate(() =>
      (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'step', step: 5 },
        '*',
      ),
    );
    await atStep(5);
    await page.evaluate(() =>
      (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'step', step: 'nine' },
        '*',
      ),
    );
    await page.evaluate(() =>
      (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage('garbage', '*'),
    );
    // A message the embed understands, sent after the bad ones, is applied: so the bad ones were read and ignored.
    await page.evaluate(() =>
      (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'step', step: 6 },
        '*',
      ),
    );
    await atStep(6);
  });
}

test('a host chooses the embed’s panels at any size: a 720 px notebook column (405 px tall)', async ({
  guarded: page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 760, height: 445 });
  await page.goto('/');
  const open = (query: string) =>
    page.evaluate((src) => {
      document.body.innerHTML = `<iframe id="f" src="${src}" width="720" height="405" style="border:0" title="RNN"></iframe>`;
    }, `${baseURL}?embed=1&preset=long${query}`);
  const frame = page.frameLocator('#f');
  const timeline = frame.getByRole('button', { name: /^Step 1:/ });
  const chart = frame.locator('.embed-chart svg.log-chart');
  const inFrame = async (sel: string) => {
    const box = await frame.locator(sel).boundingBox();
    expect(box!.y + box!.height, sel).toBeLessThanOrEqual(445 + 1);
  };
  // Without a choice, 405 px is too short for the timeline's labels: the chart and the step in words.
  await open('');
  await expect(frame.getByText(/^Step 1 of 64:/)).toBeVisible();
  await expect(chart).toBeVisible();
  await expect(timeline).toHaveCount(0);
  // panels=both: the timeline and the chart, both inside the frame.
  await open('&panels=both');
  await expect(timeline).toHaveAttribute('aria-pressed', 'true');
  await expect(chart).toBeVisible();
  await inFrame('.embed-timeline');
  await inFrame('.embed-chart');
  // panels=timeline: the timeline alone, taller than beside the chart.
  await open('&panels=timeline');
  await expect(timeline).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('.embed-chart')).toHaveCount(0);
  await inFrame('.embed-timeline');
  // panels=chart: the chart alone; and a deck can change its mind with a message.
  await open('&panels=chart');
  await expect(chart).toBeVisible();
  await expect(timeline).toHaveCount(0);
  await page.evaluate(() =>
    (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(
      { type: 'set', params: { panels: 'both' } },
      '*',
    ),
  );
  await expect(timeline).toHaveAttribute('aria-pressed', 'true');
  await expect(chart).toBeVisible();
});

test('presenter mode steps with →, Space, PageDown, ← and PageUp', async ({ guarded: page }) => {
  await page.goto('/?present=1');
  await expect(page.getByText(/Step 1 \/ 10/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('PageDown');
  await expect(page.getByText(/Step 4 \/ 10/)).toBeVisible();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(/Step 2 \/ 10/)).toBeVisible();
  // Prose and knobs are hidden in front of a class.
  await expect(page.getByRole('slider')).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
});

test('presenter keys work wherever focus is: after clicking a step or the cell switch, PageDown/Space/↓ advance and the cell stays; B blanks; Esc leaves', async ({
  guarded: page,
}) => {
  await page.goto('/?present=1');
  await expect(page.getByText(/Step 1 \/ 10/)).toBeVisible();
  // Focus on a timeline cell: PageDown goes on from it, and Space advances (does not re-select).
  await page.getByRole('button', { name: /^Step 3:/ }).click();
  await expect(page.getByText(/Step 3 \/ 10/)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByText(/Step 4 \/ 10/)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByText(/Step 5 \/ 10/)).toBeVisible();
  // Focus on the cell switch: → steps instead of changing the cell; Home jumps.
  await page.getByRole('radio', { name: 'LSTM' }).click();
  await expect(page.getByRole('radio', { name: 'LSTM' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText(/Step 7 \/ 10/)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'LSTM' })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText(/Step 6 \/ 10/)).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page.getByText(/Step 1 \/ 10/)).toBeVisible();
  // B blanks the screen and B brings it back; Esc leaves presenter mode.
  await page.keyboard.press('b');
  await expect(page.getByRole('status', { name: /Screen blanked/ })).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByRole('status', { name: /Screen blanked/ })).toHaveCount(0);
  // While blanked, a clicker's "next" only brings the screen back: the class does not miss a step.
  await page.keyboard.press('.');
  await expect(page.getByRole('status', { name: /Screen blanked/ })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('status', { name: /Screen blanked/ })).toHaveCount(0);
  await expect(page.getByText(/Step 1 \/ 10/)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByText(/Step 2 \/ 10/)).toBeVisible();
  // Esc while blanked also only unblanks.
  await page.keyboard.press('b');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status', { name: /Screen blanked/ })).toHaveCount(0);
  await expect(page).toHaveURL(/present=1/);
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/present=1/);
  await expect(
    page.getByRole('heading', { name: 'How a recurrent network remembers', level: 1 }),
  ).toBeVisible();
});

for (const mode of ['embed', 'present'] as const) {
  test(`no axe-core violations in ${mode} mode`, async ({ guarded: page }) => {
    await page.goto(`/?${mode}=1&preset=lstm`);
    await expect(page.getByRole('button', { name: /^Step 1:/ })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
  });
}

/** Title, legend texts, style blocks and attributes, and font families of an exported SVG. */
function figureInfo(svgText: string) {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const css = Array.from(doc.querySelectorAll('style'))
    .map((s) => s.textContent ?? '')
    .join('');
  const fonts = [
    ...Array.from(css.matchAll(/font-family:([^;}]+)/g), (m) => m[1]),
    doc.documentElement.getAttribute('font-family') ?? '',
  ]
    .map((f) => f.trim())
    .filter(Boolean);
  return {
    title: doc.querySelector('text.figure-title')?.textContent ?? null,
    legend: Array.from(doc.querySelectorAll('g.legend text')).map((t) => t.textContent ?? ''),
    styleBlocks: doc.querySelectorAll('style').length,
    styleAttributes: doc.querySelectorAll('[style]').length,
    fonts: [...new Set(fonts)],
    width: Number(doc.documentElement.getAttribute('width')),
  };
}

/** Steps with bars, and bars (one "M" per bar in the per-colour paths), in the page or in an SVG file's text. */
function countBars(svgText: string | null): { steps: number; bars: number } {
  const doc = svgText === null ? document : new DOMParser().parseFromString(svgText, 'image/svg+xml');
  return {
    steps: doc.querySelectorAll('g[data-step]').length,
    bars: Array.from(doc.querySelectorAll('path.h-bar')).reduce(
      (n, p) => n + (p.getAttribute('d')?.match(/M/g) ?? []).length,
      0,
    ),
  };
}

test("the page draws only the visible cells' bars, but the SVG export holds every step", async ({
  guarded: page,
}) => {
  await page.goto('/?preset=long');
  await expect(page.getByRole('button', { name: /^Step 64:/ })).toBeAttached();
  const onPage = await page.evaluate(countBars, null);
  expect(onPage.steps).toBeLessThan(64);
  expect(onPage.bars).toBe(onPage.steps * 32);
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download timeline \(SVG\)/ }).click(),
  ]);
  const whole = readFileSync((await dl.path())!, 'utf8');
  expect(await page.evaluate(countBars, whole)).toEqual({ steps: 64, bars: 64 * 32 });
  // One style block, not a style attribute on every element: the 64-step strip was ~1 MB.
  expect(whole.length).toBeLessThan(250_000);
  // ...and the page is back to drawing the visible cells only.
  expect((await page.evaluate(countBars, null)).steps).toBeLessThan(64);
  // Only the part on screen: a slide-sized window, as wide as the timeline's box.
  await page.getByRole('checkbox', { name: /only the part on screen/ }).check();
  const [win] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download timeline \(SVG\)/ }).click(),
  ]);
  const boxWidth = await page.locator('[data-figure="timeline-scroller"]').evaluate((e) => e.clientWidth);
  const windowInfo = await page.evaluate(figureInfo, readFileSync((await win.path())!, 'utf8'));
  expect(windowInfo.width).toBe(Math.max(420, boxWidth));
});

test('exports: SVG parses, PNG is 2x, JSON replays to the same numbers', async ({ guarded: page }) => {
  await page.goto('/?preset=lstm');
  const grab = async (name: RegExp) => {
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return { path: (await dl.path())!, name: dl.suggestedFilename() };
  };
  const svg = await grab(/Download timeline \(SVG\)/);
  // The file says what it holds: the cell, the figure, the step marked (step 1 here).
  expect(svg.name).toBe('rnn-lstm-timeline-step-1.svg');
  const svgText = readFileSync(svg.path, 'utf8');
  const bars = await page.evaluate(countBars, svgText);
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.nodeName,
      w: doc.documentElement.getAttribute('width'),
      h: doc.documentElement.getAttribute('height'),
    };
  }, svgText);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe('svg');
  expect(bars).toEqual({ steps: 10, bars: 10 * 8 });
  const info = await page.evaluate(figureInfo, svgText);
  expect(info.title).toMatch(/^LSTM reading “the .*” — step 1 of 10 \(“the”\) selected$/);
  expect(info.styleBlocks).toBe(1);
  expect(info.styleAttributes).toBe(0);
  expect(info.legend).toContain('0');
  // Fonts: named with fallbacks renderers outside the browser know, ending in a generic family.
  expect(info.fonts.every((f) => f.endsWith(', sans-serif') && !/system-ui/.test(f))).toBe(true);

  const png = await grab(/Download timeline \(PNG 2×\)/);
  const bytes = readFileSync(png.path);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(2 * Number(parsed.w));
  expect(bytes.readUInt32BE(20)).toBe(2 * Number(parsed.h));

  const chart = await grab(/Download memory chart \(SVG\)/);
  const chartText = readFileSync(chart.path, 'utf8');
  expect(chartText).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const chartInfo = await page.evaluate(figureInfo, chartText);
  expect(chartInfo.title).toMatch(
    /^Memory of the first word \(“the” swapped for “.+”\), log scale — step 1 of 10 \(“the”\) marked$/,
  );
  expect(chartInfo.legend).toEqual(['Vanilla RNN', 'LSTM', 'GRU', 'minGRU']);

  const json = await grab(/Download run \(JSON\)/);
  expect([png.name, chart.name, json.name]).toEqual([
    'rnn-lstm-timeline-step-1.png',
    'rnn-lstm-memory-chart-step-1.svg',
    'rnn-lstm-run-10-steps.json',
  ]);
  const run = JSON.parse(readFileSync(json.path, 'utf8')) as { h: number[][]; cell: string };
  expect(run.cell).toBe('lstm');
  const replayed = JSON.parse(
    execFileSync('node_modules/.bin/tsx', ['scripts/replay.ts', json.path], { encoding: 'utf8' }),
  ) as { h: number[][] };
  // Node's and Chromium's Math.tanh/exp may differ in the last bit, so: equal to 1e-12.
  expect(replayed.h).toHaveLength(run.h.length);
  replayed.h.forEach((row, t) =>
    row.forEach((v, j) => expect(Math.abs(v - run.h[t][j])).toBeLessThan(1e-12)),
  );
  // And the numbers are the ones on the page: step 1's table row.
  await page.getByText('Hidden states as a table').click();
  const first = await page
    .getByRole('row', { name: /^1 the/ })
    .getByRole('cell')
    .nth(1)
    .textContent();
  expect(Number(first)).toBeCloseTo(run.h[0][0], 3);
});

test('a 64-step strip’s PNG stays within 16,384 px and says at what scale it was drawn', async ({
  guarded: page,
}) => {
  await page.goto('/?preset=long');
  await expect(page.getByRole('button', { name: /^Step 64:/ })).toBeAttached();
  const exportPanel = page.getByRole('region', { name: 'Export' });
  const grab = async (name: RegExp) => {
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      exportPanel.getByRole('button', { name }).click(),
    ]);
    return readFileSync((await dl.path())!);
  };
  const svg = (await grab(/Download timeline \(SVG\)/)).toString('utf8');
  const svgWidth = Number(/^<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
  // At 2× this strip would pass the limit: that is the case this test is about.
  expect(svgWidth * 2).toBeGreaterThan(16384);
  const png = await grab(/Download timeline \(PNG 2×\)/);
  const pngWidth = png.readUInt32BE(16);
  expect(pngWidth).toBeLessThanOrEqual(16384);
  expect(pngWidth).toBeGreaterThan(16000);
  const scale = pngWidth / svgWidth;
  await expect(exportPanel.getByRole('status').filter({ hasText: 'so its PNG is drawn at' })).toContainText(
    `drawn at ${Number(scale.toFixed(2))}× (${pngWidth.toLocaleString('en')} px)`,
  );
});

test('the PyTorch code panel writes the module for the current configuration', async ({ guarded: page }) => {
  await page.goto('/?preset=exploding');
  const code = page.getByRole('textbox', { name: 'PyTorch code' });
  await expect(code).toHaveValue(
    /nn\.RNN\(input_size=8, hidden_size=16, num_layers=1, nonlinearity='relu', batch_first=True\)/,
  );
  await page.getByRole('checkbox', { name: /include the weights/ }).check();
  await expect(code).toHaveValue(/model\.load_state_dict\(state\)/);
});

test('a deck that sends its first command on the iframe’s load event is obeyed (messages are queued until the view is ready)', async ({
  guarded: page,
  baseURL,
}) => {
  await page.goto('/');
  await page.evaluate((src) => {
    document.body.innerHTML = '';
    const f = document.createElement('iframe');
    f.id = 'f';
    f.title = 'RNN';
    f.width = '800';
    f.height = '450';
    // Sent as soon as the frame's document has loaded — before React or the worker's first run.
    f.addEventListener('load', () => f.contentWindow!.postMessage({ type: 'step', step: 7 }, '*'));
    f.src = src;
    document.body.appendChild(f);
  }, `${baseURL}?embed=1&preset=long`);
  const frame = page.frameLocator('#f');
  await expect(frame.getByRole('button', { name: /^Step 7:/ })).toHaveAttribute('aria-pressed', 'true');
});

test('a 5,000-character Chinese sentence shares as a link under 8 KB that opens the same sentence', async ({
  guarded: page,
  context,
}) => {
  await page.goto('/');
  const prose =
    '循环神经网络一步一步地读取序列，每读一个词，就把记忆向量传给下一步。读完最后一个词时，这个记忆就是它对整段文字的总结。';
  const text = Array.from({ length: 5000 }, (_, i) => prose[i % prose.length]).join('');
  const box = page.getByRole('textbox', { name: 'Your sentence' });
  await box.fill(text);
  await box.press('Enter');
  await expect(page.getByRole('button', { name: /^Step \d+:/ }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: /Link to exactly what you see/ }).inputValue();
  expect(link.length).toBeLessThan(8000);
  expect(new URL(link).searchParams.has('z')).toBe(true);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('textbox', { name: 'Your sentence' })).toHaveValue(text);
  // The address stays under the limit too (compressed), so a reload works and shows the same sentence.
  await expect.poll(() => new URL(other.url()).searchParams.has('z')).toBe(true);
  expect(other.url().length).toBeLessThan(8000);
  await other.reload();
  await expect(other.getByRole('textbox', { name: 'Your sentence' })).toHaveValue(text);
});
