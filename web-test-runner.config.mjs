// @web/test-runner: every test in test/ runs in Debian's Chromium (see scripts/test.mjs for how it is found).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { emulationPlugin } from './scripts/emulation-plugin.mjs';

async function streamToString(body) {
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

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
  nodeResolve: { exportConditions: ['production'] },
  // One file at a time: concurrent files are tabs of one headless window, and only the front tab
  // is visible; the others get no animation frames or ResizeObserver callbacks, and hang.
  concurrency: 1,
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
      const body = typeof context.body === 'string' ? context.body : await streamToString(context.body);
      context.body = body.replaceAll('/dist/cit-widgets.js?', `/dist/cit-widgets.js?visit=${encodeURIComponent(visit)}&`);
    },
    async function strictPolicyForHostPages(context, next) {
      await next();
      if (!context.path.startsWith('/test/embed/') || !context.path.endsWith('.html')) return;
      // `?tt=…` adds a trusted-types directive: the policy names a strict site allows.
      const trustedTypes = TRUSTED_TYPES[context.query.tt];
      context.set('Content-Security-Policy', trustedTypes ? `${STRICT_CSP}; trusted-types ${trustedTypes}` : STRICT_CSP);
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), emulationPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          '--disable-quic',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
