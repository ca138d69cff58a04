// Fails fast with one clear line when no Chromium is available for the browser tests,
// instead of Playwright's long stack trace about a missing downloaded browser.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `error: no Chromium at ${path} - install it with "apt-get install -y chromium" or set CHROME_PATH to a Chromium/Chrome binary.`,
  );
  process.exit(1);
}
