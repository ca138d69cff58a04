/**
 * Browser benchmark for the lab's attention race: while it trains (in its Web Worker) the page must
 * stay responsive, so this reports every main-thread task over 50 ms (PerformanceObserver
 * "longtask") from Start the race to done, and the race's wall time. The target is no long task.
 * Needs a build (`npm run build`); serves dist/ itself. `npm run bench:race`.
 */
import { BASE_URL, armLongTasks, takeLongTasks, withBrowser } from './browser';

const GRID = [
  { length: 12, updates: 300, seeds: 3 },
  { length: 20, updates: 200, seeds: 1 },
];

async function main(): Promise<void> {
  const rows: string[] = [];
  await withBrowser(async (browser) => {
    for (const { length, updates, seeds } of GRID) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${BASE_URL}?lab=T:10`);
      const race = page.getByRole('region', { name: 'Attention race: reverse a sequence (encoder–decoder)' });
      await race.getByRole('spinbutton', { name: 'Digits per sequence' }).fill(String(length));
      await race.getByRole('spinbutton', { name: 'Race budget (updates)' }).fill(String(updates));
      await race.getByRole('spinbutton', { name: 'Runs per model (seeds)' }).fill(String(seeds));
      await race.locator('.race-status').filter({ hasText: `Update 0 of ${updates}` }).waitFor();
      await armLongTasks(page);
      const t0 = Date.now();
      await race.getByRole('button', { name: 'Start the race' }).click();
      await race.locator('.race-status').filter({ hasText: `Update ${updates} of ${updates} — done` }).waitFor({ timeout: 600_000 });
      const seconds = (Date.now() - t0) / 1000;
      const long = await takeLongTasks(page);
      rows.push(`| ${length} | ${updates} | ${seeds} | ${seconds.toFixed(1)} | ${long.length} | ${long.length ? Math.max(...long).toFixed(0) : '—'} |`);
      await page.close();
    }
  });
  console.log('\nAttention race in Chromium: main-thread tasks over 50 ms while it trains (target: none)\n');
  console.log('| digits | updates | runs per model | race wall time (s) | tasks > 50 ms | longest (ms) |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

await main();
