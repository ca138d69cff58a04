/** Shared by the browser benchmarks: serve dist/ with `vite preview` and open Debian's Chromium. */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';

export const PORT = 4174;
export const BASE_URL = `http://127.0.0.1:${PORT}/`;

async function waitForServer(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

/** Runs `body` with a preview server and a browser, and always stops both. */
export async function withBrowser(body: (browser: Browser) => Promise<void>): Promise<void> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  try {
    await waitForServer(BASE_URL, 30_000);
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    try {
      await body(browser);
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

export const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** Start recording main-thread tasks over 50 ms (PerformanceObserver "longtask") in the page. */
export async function armLongTasks(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
  })()`);
}

/** The durations (ms) of the tasks over 50 ms recorded since the last call. */
export async function takeLongTasks(page: Page): Promise<number[]> {
  return (await page.evaluate('window.__long.splice(0)')) as number[];
}
