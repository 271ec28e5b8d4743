// Serves the demo clinic page and the built kit on localhost, under the strict Content-Security-Policy
// and Trusted Types a careful clinic site would send. Usage: npm start (builds first), PORT=8080.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Maps a URL path to a file under demo/ or dist/, refusing anything else. */
function fileFor(pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (path === '/' || path === '/index.html') return join(root, 'demo', 'index.html');
  if (path.startsWith('/dist/') || path.startsWith('/demo/') || path.startsWith('/bench/')) return join(root, path);
  return null;
}

export function startServer(listenPort = port) {
  const server = createServer(async (req, res) => {
    const file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
    try {
      if (!file || !file.startsWith(root) || !(await stat(file)).isFile()) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP });
      res.end('Not found');
    }
  });
  return new Promise((done) => server.listen(listenPort, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer();
  const { port: actual } = server.address();
  console.log(`Demo clinic page: http://${host}:${actual}/  (Ctrl+C to stop)`);
}
