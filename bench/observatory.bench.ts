/**
 * Browser benchmark: typing into the neuron observatory. With 500 characters of text already in
 * the box, each keystroke appends one character; measured inside Chromium: from the input event's
 * dispatch to the committed, laid-out DOM (the re-tinted text), and to the next frame; and the
 * longest main-thread task seen while typing. Target: within a frame (16 ms). Also the time from
 * "Open" to the unit ranking on held-out text (computed in slices, never one long task).
 * Needs a build (`npm run build`); serves dist/ with `vite preview` itself.
 */
import { BASE_URL, pct, withBrowser } from './browser';

const KEYS = 80;

async function main(): Promise<void> {
  await withBrowser(async (browser) => {
    console.log(`\nNeuron observatory in Chromium: ${KEYS} keystrokes appended to 500 characters of text\n`);
    console.log('| model | measure | median ms | p95 ms | max ms | target |');
    console.log('|---|---|---|---|---|---|');
    for (const model of ['LSTM', 'GRU']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(BASE_URL);
      await page
        .getByRole('button', { name: /^Step 1:/ })
        .first()
        .waitFor();
      const t0 = Date.now();
      await page.getByRole('button', { name: 'Open the neuron observatory' }).click();
      if (model === 'GRU')
        await page.getByRole('radiogroup', { name: 'Model' }).getByRole('radio', { name: 'GRU' }).check();
      await page.getByRole('button', { name: /inside quotes — unit/ }).waitFor({ timeout: 60_000 });
      const ready = Date.now() - t0;
      const result = (await page.evaluate(`(async () => {
        const box = document.querySelector('.observatory textarea');
        const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
        const base = 'function f(a, b) {\\n  return [a, "b"].join(\\', \\');\\n}\\n'.repeat(12).slice(0, 500);
        setter.call(box, base);
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 300));
        const longest = [];
        const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => longest.push(e.duration)));
        obs.observe({ type: 'longtask', buffered: false });
        const layout = [], frame = [];
        let text = base;
        for (let i = 0; i < ${KEYS}; i++) {
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
          text += 'abc(\\'x\\');\\n'[i % 10];
          const start = performance.now();
          setter.call(box, text);
          box.dispatchEvent(new Event('input', { bubbles: true }));
          await Promise.resolve();
          const spans = document.querySelectorAll('.obs-text span').length;
          if (spans !== text.length) throw new Error('the text was not re-tinted: ' + spans + ' spans for ' + text.length);
          void document.body.getBoundingClientRect().height;
          layout.push(performance.now() - start);
          await new Promise((r) => requestAnimationFrame(r));
          frame.push(performance.now() - start);
        }
        obs.disconnect();
        return { layout, frame, longest: longest.length ? Math.max(...longest) : 0 };
      })()`)) as { layout: number[]; frame: number[]; longest: number };
      const row = (m: string, xs: number[]) =>
        `| ${model} | ${m} | ${pct(xs, 50).toFixed(2)} | ${pct(xs, 95).toFixed(2)} | ${Math.max(...xs).toFixed(2)} | < 16 |`;
      console.log(row('keystroke → re-tinted and laid out', result.layout));
      console.log(row('keystroke → next frame', result.frame));
      console.log(
        `| ${model} | longest task while typing | — | — | ${result.longest ? result.longest.toFixed(0) : 'none over 50'} | < 50 |`,
      );
      console.log(`| ${model} | open → units ranked (4,000 held-out characters) | — | — | ${ready} | — |`);
      await page.close();
    }
  });
}

void main();
