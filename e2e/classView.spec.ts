/**
 * The class view as a teacher uses it: a student shares their answers at the tour's end (a code, a
 * link, a QR code); the teacher pastes a class's codes, adds a QR code from a picture (decoded by
 * ZXing's WebAssembly, served from this site), and sees the exact counts; bad codes are named; a
 * reload keeps the class; the CSV holds the counts.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { PREDICTION_KEYS } from '../src/content/predictionKeys';
import { decodeAnswers, encodeAnswers } from '../src/state/answerCode';
import type { AnswerSheet } from '../src/state/answerCode';

/** 30 students with choices spread over every option and some questions left out (a fixed pattern). */
const CLASS: AnswerSheet[] = Array.from({ length: 30 }, (_, s) => ({
  id: 1000 + s * 7919,
  choices: Object.fromEntries(
    PREDICTION_KEYS.flatMap((k, q) => {
      const i = (s * 5 + q * 3) % (k.options.length + 1);
      return i === 0 ? [] : [[k.id, k.options[i - 1]]];
    }),
  ),
}));

test('a class of 30 pasted, a QR picture added, exact counts, bad codes named, kept on reload', async ({
  guarded: page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  // The student: predictions saved on their device, at the tour's last stop.
  const student = await browser.newPage();
  const mine = {
    'same-word': { choice: 'different', correct: true },
    exploding: { choice: 'shrink', correct: false },
  };
  await student.addInitScript(
    (saved) => window.localStorage.setItem('rnn-explainer:predictions', saved),
    JSON.stringify(mine),
  );
  await student.goto('/?tour=train-yourself');
  const share = student.getByRole('region', { name: 'Share your predictions with your teacher' });
  const code = (await share.locator('code').textContent())!;
  expect(decodeAnswers(code)).toMatchObject({
    ok: true,
    sheet: { choices: { 'same-word': 'different', exploding: 'shrink' } },
  });
  await expect(share.getByRole('link', { name: 'Link for your teacher' })).toHaveAttribute(
    'href',
    new RegExp(`\\?view=class#${code}$`),
  );
  // The QR code as the student's screen draws it, photographed on its own: a screenshot inside the
  // tour card can catch the card's "More below" button over its corner while the card scrolls.
  const svg = await share
    .getByRole('img', { name: 'QR code of the link for your teacher' })
    .evaluate((e) => e.outerHTML);
  await student.goto('about:blank');
  await student.setContent(`<body style="margin:24px;background:#fff">${svg}</body>`);
  const qr = testInfo.outputPath('student-qr.png');
  await student.locator('svg').screenshot({ path: qr });
  await student.close();

  // The teacher.
  await page.goto('/?view=class');
  await expect(page.getByRole('heading', { level: 1, name: 'What the class predicted' })).toBeVisible();
  const codes = CLASS.map((s) => encodeAnswers(s));
  const mistyped = codes[0].replace(/.$/, (c) => (c === 'Z' ? 'Y' : 'Z'));
  const chat = [
    ...codes.map((c, i) => `Student ${i + 1}: ${c}`),
    codes[3],
    mistyped,
    'see you tomorrow',
  ].join('\n');
  await page.getByRole('textbox', { name: 'Answer codes or links' }).fill(chat);
  await page.getByRole('button', { name: 'Add to the class' }).click();
  await expect(page.getByRole('status')).toContainText('31 codes read, 30 new students.');
  await expect(page.getByRole('status')).toContainText(`${mistyped}: a character is wrong.`);
  await expect(page.getByText('30 students')).toBeVisible();

  // The QR picture: the student's link, decoded in the page.
  await page.getByLabel('Add from a picture of a QR code:').setInputFiles(qr);
  await expect(page.getByText('31 students')).toBeVisible();
  const all = [
    ...CLASS,
    decodeAnswers(code).ok ? (decodeAnswers(code) as { sheet: AnswerSheet }).sheet : CLASS[0],
  ];

  // Every question's counts, as the sheets say.
  await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const tables = page.locator('.class-question table');
  await expect(tables).toHaveCount(PREDICTION_KEYS.length);
  for (const [q, key] of PREDICTION_KEYS.entries()) {
    const rows = tables.nth(q).locator('tbody tr');
    for (const [o, option] of key.options.entries()) {
      const n = all.filter((s) => s.choices[key.id] === option).length;
      await expect(rows.nth(o).locator('.class-n')).toHaveText(`${n} (${Math.round((100 * n) / 31)}%)`);
    }
  }
  // Every question has its right choice marked, the trained models' ones included (loaded here).
  await expect(page.locator('.class-question .class-right')).toHaveCount(PREDICTION_KEYS.length);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // The CSV: a header and a row per question and choice.
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  const text = readFileSync((await dl.path())!, 'utf8');
  // The byte-order mark makes Excel read the file as UTF-8 (trim() would drop it, so test first).
  expect(text.startsWith('\uFEFF')).toBe(true);
  const csv = text.slice(1).trimEnd().split('\r\n');
  expect(csv[0]).toBe('stop,question,choice,students,share,right');
  expect(csv).toHaveLength(1 + PREDICTION_KEYS.reduce((n, k) => n + k.options.length, 0));

  // A reload keeps the class.
  await page.reload();
  await expect(page.getByText('31 students')).toBeVisible();
});
