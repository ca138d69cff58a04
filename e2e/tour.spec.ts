import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

import { TOUR_STOP_IDS as TOUR } from '../src/content/tourStopIds';

const STOPS = TOUR.length;

// A first-time student: nothing remembered on the device.
test.use({ storedDetail: null });

async function boxes(page: Page) {
  return page.evaluate(() => {
    const r = (sel: string) => {
      const b = document.querySelector(sel)?.getBoundingClientRect();
      return b ? { top: b.top, left: b.left, bottom: b.bottom, right: b.right } : null;
    };
    return { card: r('.tour-card'), spot: r('.tour-spot'), vw: innerWidth, vh: innerHeight };
  });
}

/** The card's title and controls that a click at their centre would not reach (hidden below an edge). */
function unreachable(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector('.tour-card')!;
    const wanted = [
      card.querySelector('h2')!,
      ...card.querySelectorAll('.tour-predict label, .tour-predict button, .tour-nav button'),
    ];
    const scrolled = [...card.querySelectorAll('*')].filter((el) => el.scrollTop > 0).length;
    return [
      ...(scrolled ? [`${scrolled} part(s) of the card open scrolled`] : []),
      ...wanted
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !hit || !(hit === el || el.contains(hit));
        })
        .map((el) => el.textContent!.trim().slice(0, 30)),
    ];
  });
}

/** The part of a veiled element on screen (and not under the card) that the veil leaves uncovered. */
function uncovered(page: Page, spot: string) {
  return page.evaluate((spot) => {
    const el = document.querySelector(`[data-spot~="${spot}"]`)!.getBoundingClientRect();
    const card = document.querySelector('.tour-card')!.getBoundingClientRect();
    const v = document.querySelector('.tour-veil')?.getBoundingClientRect();
    const top = Math.max(el.top, 0);
    // The card is over the element only where it covers a real part of it (beside a chart it may touch
    // the panel's edge): then the veil may stop at the card.
    const overCard = Math.min(card.right, el.right) - Math.max(card.left, el.left) > 40 && card.top > top;
    const bottom = Math.min(el.bottom, innerHeight, overCard ? card.top : innerHeight);
    if (bottom - top < 8) return '';
    if (!v) return `no veil over ${Math.round(top)}–${Math.round(bottom)}`;
    const ok = v.top <= top + 1 && v.bottom >= bottom - 1 && v.left <= el.left + 1 && v.right >= el.right - 1;
    return ok
      ? ''
      : `veil ${Math.round(v.top)}–${Math.round(v.bottom)} over ${Math.round(top)}–${Math.round(bottom)}`;
  }, spot);
}

for (const [w, h] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`the guided tour at ${w}×${h}: every card in view, beside what it highlights, no axe violations`, async ({
    guarded: page,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/');
    await page.getByRole('button', { name: 'Start the guided tour' }).click();
    const card = page.getByRole('region', { name: 'Guided tour' });
    for (let n = 1; n <= STOPS; n++) {
      await expect(card.getByText(`Stop ${n} of ${STOPS}`)).toBeVisible();
      await expect(card.getByText(/Computing this stop/)).toHaveCount(0);
      await expect(page.locator('.tour-spot')).toHaveCount(1);
      // The page settles (panels load, the highlighted element scrolls to the top): wait for that state.
      await expect
        .poll(
          async () => {
            const b = await boxes(page);
            if (!b.card || !b.spot) return 'missing';
            const inside =
              b.card.top >= 0 &&
              b.card.left >= 0 &&
              b.card.bottom <= b.vh + 0.5 &&
              b.card.right <= b.vw + 0.5;
            const apart =
              b.card.bottom <= b.spot.top + 4 ||
              b.card.top >= b.spot.bottom - 4 ||
              b.card.right <= b.spot.left + 4 ||
              b.card.left >= b.spot.right - 4;
            // The ring and the highlighted element's heading clear of the window's top edge.
            const spotInView = b.spot.top >= 32 && b.spot.top < b.vh;
            return inside && apart && spotInView ? 'ok' : `stop ${n}: ${JSON.stringify(b)}`;
          },
          { timeout: 20_000 },
        )
        .toBe('ok');
      // The stop opens at its top, and what the reader acts on is under the pointer where it is drawn,
      // not below the card's edge: the title, every choice, Reveal and the buttons, without scrolling.
      expect(await unreachable(page)).toEqual([]);
      // Predict first: what would give the answer away is covered, all of it the reader can see.
      const veil = await card.getAttribute('data-veil');
      if (veil) expect(await uncovered(page, veil)).toBe('');
      // Every rule on the whole page, but colour contrast only in the card: the rest of the page is
      // dimmed on purpose (and axe reads the fixed card's accent border as a background behind it).
      const page_ = await new AxeBuilder({ page }).disableRules(['color-contrast']).analyze();
      const inCard = await new AxeBuilder({ page })
        .include('.tour-card')
        .withRules(['color-contrast'])
        .analyze();
      const results = { violations: [...page_.violations, ...inCard.violations] };
      expect(
        results.violations.map(
          (v) =>
            `stop ${n}: ${v.id}: ${v.nodes.length} nodes — ${v.help} ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      if (n < STOPS) await card.getByRole('button', { name: 'Next' }).click();
    }
    await card.getByRole('button', { name: 'Finish' }).click();
    await expect(card).toHaveCount(0);
  });
}

test('?tour=lstm-gates opens that stop; Escape leaves the tour and keeps its view; the link then has no tour', async ({
  guarded: page,
}) => {
  await page.goto('/?tour=lstm-gates');
  const card = page.getByRole('region', { name: 'Guided tour' });
  const n = TOUR.indexOf('lstm-gates') + 1;
  await expect(card.getByText(`Stop ${n} of ${STOPS}`)).toBeVisible();
  await expect(card).toBeFocused();
  await expect(
    page.getByRole('radiogroup', { name: 'Cell type' }).getByRole('radio', { name: 'LSTM', exact: true }),
  ).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(
    page.getByRole('radiogroup', { name: 'Cell type' }).getByRole('radio', { name: 'LSTM', exact: true }),
  ).toBeChecked();
  await expect.poll(() => page.evaluate(() => location.search)).not.toContain('tour=');
});

test('Essentials shows at most 20 controls above the lab; Everything shows every tool; axe passes in both; the choice is remembered', async ({
  guarded: page,
}) => {
  await page.goto('/');
  const count = () =>
    page.evaluate(() => {
      const lab = document.querySelector('section[aria-label="Training lab"]')!;
      return [...document.querySelectorAll('button, input, select, textarea, a[href], summary')].filter(
        (el) =>
          el.getBoundingClientRect().width > 0 &&
          !/^Step \d+:/.test(el.getAttribute('aria-label') ?? '') &&
          (lab.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0,
      ).length;
    });
  await expect(page.getByRole('radio', { name: 'Essentials' })).toBeChecked();
  expect(await count()).toBeLessThanOrEqual(20);
  await expect(page.getByRole('region', { name: 'Model knobs' })).toHaveCount(0);
  let axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('radio', { name: 'Everything' }).check();
  await expect(page.getByRole('region', { name: 'Model knobs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.goto('/?preset=long');
  await expect(page.getByRole('radio', { name: 'Everything' })).toBeChecked();
});

test('an old numbered link (?tour=7) opens the stop it opened before stops had names, and the address then names it', async ({
  guarded: page,
}) => {
  await page.goto('/?tour=7');
  const card = page.getByRole('region', { name: 'Guided tour' });
  await expect(card.getByRole('heading', { name: 'Gates: an LSTM at PyTorch’s default' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => location.search)).toContain('tour=lstm-gates');
});

test('on a phone, the answer is in view after Reveal; ← → step the timeline wherever the keyboard is, never the preset', async ({
  guarded: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?tour=forgetting');
  const card = page.getByRole('region', { name: 'Guided tour' });
  await expect(card.getByText(/Computing this stop/)).toHaveCount(0);
  const choices = card.getByRole('radiogroup', { name: 'Your prediction' });
  // The step's summary under the timeline states the share asked for: hidden until the reveal.
  const summary = page.locator('.readout');
  await expect(summary).toBeHidden();
  await choices.getByRole('radio').first().check();
  await card.getByRole('button', { name: 'Reveal' }).click();
  await expect(summary).toBeVisible();
  const answer = card.getByRole('status');
  await expect(answer).toBeVisible();
  await expect
    .poll(() =>
      answer.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
        return !!hit && el.contains(hit);
      }),
    )
    .toBe(true);

  const preset = page.getByRole('radiogroup', { name: 'Presets' }).getByRole('radio', { checked: true });
  const before = await preset.getAttribute('value');
  const step = () => page.evaluate(() => new URL(location.href).searchParams.get('step') ?? '1');
  const at = Number(await step());
  // The keyboard on a preset's radio: the arrows still mean the timeline's step.
  await page.getByRole('radiogroup', { name: 'Presets' }).getByRole('radio', { checked: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(step).toBe(String(at + 1));
  await page.keyboard.press('ArrowLeft');
  await expect.poll(step).toBe(String(at));
  await expect(preset).toHaveAttribute('value', before!);
  await expect(card.getByText(/Computing this stop/)).toHaveCount(0);
});

test('on a phone the tour starts from the first screen, and Run on your own sentence shows the timeline and the settings it kept', async ({
  guarded: page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?preset=exploding&detail=everything');
  const start = page.getByRole('button', { name: 'Start the guided tour' });
  // One start button on the page, inside the first screen, without scrolling.
  await expect(start).toHaveCount(1);
  await expect(start).toBeInViewport();
  const box = page.getByRole('textbox', { name: 'Your sentence' });
  await box.fill('my own short sentence here');
  await box.press('Enter');
  const timeline = page.locator('[data-panel="timeline"]');
  await expect(timeline).toBeInViewport();
  await expect(page.getByRole('button', { name: /^Step \d+:/ })).toHaveCount(5);
  await expect(page.getByRole('status').filter({ hasText: /from the Exploding preset/ })).toContainText(
    'recurrent weights ×3.0',
  );
});

test('the timeline draws the readout’s answer at every step: the table’s answer at the last word, veiled until Reveal where it is the answer', async ({
  guarded: page,
}) => {
  await page.goto('/?tour=output-and-loss');
  const card = page.getByRole('region', { name: 'Guided tour' });
  await expect(card.getByText(/Computing this stop|Loading the trained/)).toHaveCount(0);
  const row = page.locator('svg.timeline .timeline-answers');
  await expect(row).toBeVisible();
  const T = await page.getByRole('button', { name: /^Step \d+:/ }).count();
  const last = row.locator(`g[data-answer-step="${T}"]`);
  const drawn = `${await last.locator('.answer-name').textContent()} (${await last.locator('.answer-p').textContent()})`;
  const table = page.locator('.who-table');
  // The table's first row is the vanilla RNN, the cell this stop shows.
  await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText(drawn);
  // The stop that asks what the trained RNN keeps: the row would hint at it, so it waits for Reveal.
  await page.goto('/?tour=training');
  await expect(card.getByText(/Computing this stop|Loading the trained/)).toHaveCount(0);
  await expect(row).toBeHidden();
  await card.getByRole('radiogroup', { name: 'Your prediction' }).getByRole('radio').first().check();
  await card.getByRole('button', { name: 'Reveal' }).click();
  await expect(row).toBeVisible();
});
