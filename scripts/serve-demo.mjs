// Serves the demo clinic page and the built kit on localhost, under the strict Content-Security-Policy
// and Trusted Types a careful clinic site would send. Usage: npm start (builds first); PORT=8081 npm start
// for another port (PORT=0: a free one), HOST=… for another address. A busy port is said plainly.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { preloadHints, snippetChunks } from './kit-chunks.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const port = process.env.PORT === undefined || process.env.PORT === '' ? 8080 : Number(process.env.PORT);
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
/** The setup page's: the demo's, but it frames its own preview page (same origin only). */
export const SETUP_CSP = CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'; frame-src 'self'");

/** Maps a URL path to a file under demo/ or dist/, refusing anything else. */
function fileFor(pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (path === '/' || path === '/index.html') return join(root, 'demo', 'index.html');
  // The setup page, built into dist/setup/ (npm run build): /setup/ is its index.
  if (path === '/setup/') return join(root, 'dist', 'setup', 'index.html');
  if (path.startsWith('/setup/')) return join(root, 'dist', path);
  if (path.startsWith('/dist/') || path.startsWith('/demo/') || path.startsWith('/bench/')) return join(root, path);
  return null;
}

const ALL_TAGS = ['cit-clinic', 'cit-candidacy-check', 'cit-session-planner', 'cit-recovery-timeline'];
/**
 * The demo page (and the benchmark's one-widget page) as the setup page writes a clinic's: with a
 * `modulepreload` hint for each chunk its widgets need, in place of `<!-- cit-widgets: preload -->`.
 * `?preload=off` leaves them out, to measure the loader alone.
 */
function withPreloadHints(file, url, body) {
  const marker = '<!-- cit-widgets: preload -->';
  if (!file.endsWith('.html') || !body.includes(marker)) return body;
  const widget = url.searchParams.get('widget');
  // As the setup page would: the protocol's reader too for a clinic whose JSON has a protocol.
  const text = body.toString();
  const tags = [...(file.endsWith('one.html') ? ['cit-clinic', widget ?? ''] : ALL_TAGS), ...(text.includes('type="application/json"') ? ['protocol-reader'] : [])];
  const hints = url.searchParams.get('preload') === 'off' ? '' : preloadHints(snippetChunks(new URL('dist/', `file://${root}/`)), tags, '/dist/cit-widgets.js', '    ').trimStart();
  return Buffer.from(text.replace(marker, hints));
}

export function startServer(listenPort = port) {
  const server = createServer(async (req, res) => {
    // The setup page's files are relative to its folder: /setup is /setup/.
    if (new URL(req.url ?? '/', 'http://localhost').pathname === '/setup') {
      res.writeHead(301, { Location: '/setup/', 'Content-Security-Policy': CSP });
      res.end();
      return;
    }
    const file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
    try {
      if (!file || !file.startsWith(root) || !(await stat(file)).isFile()) throw new Error('not found');
      const url = new URL(req.url ?? '/', 'http://localhost');
      const body = withPreloadHints(file, url, await readFile(file));
      res.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': file.startsWith(join(root, 'dist', 'setup')) ? SETUP_CSP : CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP });
      res.end('Not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(listenPort, host, () => {
      server.off('error', fail);
      done(server);
    });
  });
}

/** What to tell someone whose demo server could not start, and how to pick another port or host. */
export function explainListenError(error, listenPort = port, listenHost = host) {
  const where = `${listenHost}:${listenPort}`;
  const another = listenPort === 8080 ? 8081 : 8080;
  switch (error?.code) {
    case 'EADDRINUSE':
      return `Port ${listenPort} is already in use on ${listenHost} (another npm start, or another server).\nStop it, or pick another port: PORT=${another} npm start   (PORT=0 picks a free one)`;
    case 'EACCES':
      return `Not allowed to listen on ${where} (ports below 1024 need privileges).\nPick another port: PORT=${another} npm start`;
    case 'EADDRNOTAVAIL':
      return `This machine has no address ${listenHost}.\nPick another host: HOST=127.0.0.1 npm start`;
    default:
      return `The demo server could not listen on ${where}: ${error?.message ?? error}`;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT=${process.env.PORT} is not a port number (0–65535). Example: PORT=8081 npm start`);
    process.exit(1);
  }
  try {
    const server = await startServer();
    const { port: actual } = server.address();
    console.log(`Demo clinic page: http://${host}:${actual}/  (Ctrl+C to stop; PORT=… and HOST=… pick another address)`);
    console.log(`Setup page:       http://${host}:${actual}/setup/`);
  } catch (error) {
    console.error(explainListenError(error));
    process.exit(1);
  }
}
