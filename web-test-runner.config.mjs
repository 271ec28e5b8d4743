// @web/test-runner: every test in test/ runs in one engine per run, CIT_ENGINE (chromium, firefox
// or webkit; scripts/test.mjs runs each in turn, with temporary folders, and WebKit's display and
// driver). Run alone (`npx web-test-runner`, `npm run test:watch`), it is Chromium.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { importGlobPlugin } from './scripts/import-glob-plugin.mjs';
import { SETUP_CSP } from './scripts/serve-demo.mjs';
import { defaultReporter } from '@web/test-runner';
import { launcher } from './scripts/browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { emulationPlugin } from './scripts/emulation-plugin.mjs';

async function streamToString(body) {
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const engine = process.env.CIT_ENGINE || 'chromium';
// Calendar files the tests download land here, never in the home folder.
let downloads = process.env.CIT_DOWNLOADS;
if (!downloads) {
  downloads = mkdtempSync(join(tmpdir(), 'cit-downloads-'));
  process.on('exit', () => rmSync(downloads, { recursive: true, force: true }));
}
const where = { downloads, webdriverUrls: JSON.parse(process.env.CIT_WEBDRIVER_URLS || '{}') };

/** Test files that need the browser launched with the patient's display preferences (see scripts/browsers.mjs). */
const PREFERENCES = 'test/preferences.test.ts';

/** The policy a careful clinic site sends; every host page in test/embed/ is served with it. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/** The trusted-types directives host pages can ask for with `?tt=`. */
const TRUSTED_TYPES = {
  kit: 'cit-widgets',
  'site-only': 'site-policy analytics',
  none: "'none'",
  'lit-html': 'lit-html',
  'lit-html-and-kit': 'lit-html cit-widgets',
};

export default {
  files: ['test/**/*.test.ts'],
  rootDir: '.',
  // An unhandled promise rejection is rethrown as an error, which Mocha charges to the test that
  // was running: no exception that would reach a host page's onerror or unhandledrejection passes.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>addEventListener('unhandledrejection', (event) => { throw event.reason; });</script><script type="module" src="${testFramework}"></script></body></html>`,
  // A free port (scripts/test.mjs picks one), so that other runs on this machine do not collide.
  ...(process.env.CIT_PORT ? { port: Number(process.env.CIT_PORT) } : {}),
  nodeResolve: { exportConditions: ['production'] },
  // One file at a time: concurrent files are tabs of one headless window, and only the front tab
  // is visible; the others get no animation frames or ResizeObserver callbacks, and hang.
  concurrency: 1,
  // The two launch profiles (below) side by side, each in its own headless browser; WebKit's run
  // one after the other, so that each MiniBrowser window is alone on its virtual display.
  concurrentBrowsers: engine === 'webkit' ? 1 : 2,
  // Firefox's cold start can take 20 s on two busy cores.
  browserStartTimeout: engine === 'webkit' ? 150000 : 90000, // WebKit: room for one replaced browser (scripts/webkit-launcher.mjs)
  // A hang guard, not a speed check: the first axe run on a cold two-core machine loads 650 kB of axe-core.
  testFramework: { config: { timeout: 30000 } },
  middleware: [
    // `?delay=ms` on the built script: a slow network, so host pages paint before the kit arrives.
    async function slowScript(context, next) {
      const delay = Number(context.query.delay);
      if (context.path.startsWith('/dist/') && delay > 0) await new Promise((r) => setTimeout(r, Math.min(delay, 5000)));
      await next();
    },
    // `?visit=N` on a host page: a first visit, with nothing of the kit in the browser's memory cache.
    async function freshVisit(context, next) {
      await next();
      const visit = context.query.visit;
      if (!visit || !context.path.startsWith('/test/embed/') || !context.path.endsWith('.html')) return;
      if (context.body == null) return; // 304 on a reload: the browser keeps the page it rewrote
      const body = typeof context.body === 'string' ? context.body : await streamToString(context.body);
      context.body = body.replaceAll('/dist/cit-widgets.js?', `/dist/cit-widgets.js?visit=${encodeURIComponent(visit)}&`);
    },
    // The kit's files with the CORS header a CDN sends: its chunks are modules, which a page in an
    // opaque-origin sandbox fetches cross-origin (README: what a clinic's own server must send then).
    // The one-tag script served from a folder without its chunks (a site that copied only the file).
    async function scriptWithoutChunks(context, next) {
      if (context.path !== '/__test/orphan/cit-widgets.js') return next();
      context.type = 'text/javascript';
      context.body = readFileSync('dist/cit-widgets.js', 'utf8');
    },
    async function kitFilesAsACdnServesThem(context, next) {
      await next();
      if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
    },
    // The setup page under the CSP `npm start` serves it with: the demo's, framing only itself.
    async function setupPagePolicy(context, next) {
      await next();
      // (`?axe`: without it, so that the test can add axe-core, which Trusted Types would refuse.)
      if (context.path.startsWith('/dist/setup/') && context.path.endsWith('.html') && context.query.axe === undefined) context.set('Content-Security-Policy', SETUP_CSP);
    },
    async function strictPolicyForHostPages(context, next) {
      await next();
      if (!context.path.startsWith('/test/embed/') || !context.path.endsWith('.html')) return;
      // `?tt=…` adds a trusted-types directive: the policy names a strict site allows.
      const trustedTypes = TRUSTED_TYPES[context.query.tt];
      let policy = trustedTypes ? `${STRICT_CSP}; trusted-types ${trustedTypes}` : STRICT_CSP;
      // In an opaque-origin sandbox WebKit matches 'self' against nothing (Chromium and Firefox
      // against the URL's origin): the sandboxed page names its server too, as a site would.
      if (context.path.endsWith('/sandboxed.html')) policy = policy.replace("script-src 'self'", `script-src 'self' ${context.origin}`).replace("style-src 'self'", `style-src 'self' ${context.origin}`);
      context.set('Content-Security-Policy', policy);
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), importGlobPlugin(), emulationPlugin()],
  // Every file in the engine as launched by default; the preferences file again, launched as a
  // patient who asked for reduced motion (and forced colours where the engine can start so).
  browsers: [launcher(engine, 'default', where)],
  groups: [{ name: 'preferences', files: [PREFERENCES], browsers: [launcher(engine, 'preferences', where)] }],
  reporters: [defaultReporter(), countReporter()],
};
