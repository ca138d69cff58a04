/**
 * "Download for offline use": the single-file build (dist/offline.html, vite.offline.config.ts)
 * with this view's state written into it, saved as one HTML file that opens from disk.
 */
import { download } from './exportFigure';

const SLOT = /(<meta name="rnn-explainer-state" content=")[^"]*(")/;

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The offline page with `search` (a query string such as "?preset=long&step=3") as its state. */
export function bakeState(html: string, search: string): string {
  if (!SLOT.test(html)) throw new Error('The offline page has no state slot.');
  return html.replace(SLOT, (_, open: string, close: string) => `${open}${escapeAttr(search)}${close}`);
}

/** Saves the copy; resolves to its size in bytes, which the dialog states (a teacher's LMS may cap uploads). */
export async function downloadOfflineCopy(search: string, filename: string): Promise<number> {
  const res = await fetch('./offline.html');
  if (!res.ok) throw new Error(`The offline copy is not on this server (HTTP ${res.status}).`);
  const file = new Blob([bakeState(await res.text(), search)], { type: 'text/html' });
  download(filename, file);
  return file.size;
}
