/** A host page on another origin (localhost, where the app is on 127.0.0.1): a deck, a course site, a notebook. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';

/** Serves `html` at `/` and each of `files` (path → file on disk) as is; returns the page's origin. */
export async function serveHost(
  html: string,
  files: Record<string, string> = {},
): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    } else if (files[path]) {
      res
        .writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/css' })
        .end(readFileSync(files[path]));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}
