// npm run test:apps: the packed kit in real apps, as a web team would install it.
// 1. `npm pack`s the built package into a temporary folder;
// 2. copies each app of test/apps/ there (plain TypeScript + Vite, React 19 + Vite, Vue 3 + Vite,
//    and a Svelte + Solid type-check), and installs each (in parallel, sharing npm's cache): the
//    tarball, and the apps' pinned dependencies from the registry;
// 3. type-checks (tsc, vue-tsc, svelte-check) and builds (vite) each app;
// 4. serves each build and loads it in Chromium (puppeteer-core): the widgets render, properties
//    set from the app reach the elements, a completed candidacy check's `cit-candidacy-complete`
//    reaches the app's handler, one Lit in the bundle, no error on the page;
// 5. runs `cit-widgets/engine` in plain Node (no DOM), in a worker thread and through require();
// 6. loads the README's CDN snippet, its integrity hash included, against the packed file, and
//    checks that the browser refuses a changed file.
// Ends with `N passed, N failed` alone on its line; exits non-zero on any failure.
// CIT_KEEP_TEMP=1 keeps the temporary folder; CHROME_PATH points at another Chromium.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { checks } from './checks.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const APPS = join(ROOT, 'test/apps');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const started = Date.now();

for (const file of ['dist/esm/index.js', 'dist/esm/engine.js', 'dist/types/frameworks/react.d.ts', 'dist/cit-widgets.js', 'custom-elements.json']) {
  if (!existsSync(join(ROOT, file))) {
    console.error(`${file} is missing: run npm run build first (npm run test:apps does).`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// Bookkeeping: every check is one test, counted in the last line.

const { check, counts } = checks();
function expect(condition, message) {
  if (!condition) throw new Error(message);
}
const same = (actual, expected, what) => expect(JSON.stringify(actual) === JSON.stringify(expected), `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);

// ---------------------------------------------------------------------------------------------
// Processes, servers, the browser and the temporary folder: all ended at the end or on Ctrl-C.

const temp = mkdtempSync(join(tmpdir(), 'cit-apps-'));
const children = new Set();
const servers = new Set();
let browser;

async function cleanUp() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const server of servers) server.close();
  await browser?.close().catch(() => undefined);
  if (process.env.CIT_KEEP_TEMP === '1') console.log(`Kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    console.log(`\n${signal}: stopping`);
    await cleanUp();
    console.log(`${counts.passed} passed, ${counts.failed + 1} failed`);
    process.exit(130);
  });
}

/** Runs a command (in its own process group), resolving with its exit code and output. */
function run(command, args, cwd, timeoutSeconds = 240) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
    children.add(child);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\n(timed out after ${timeoutSeconds} s)`;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }, timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      children.delete(child);
      done({ code: code ?? 1, output });
    });
  });
}
/** Fails with the command's last lines when it did not exit 0. */
async function succeeds(command, args, cwd) {
  const { code, output } = await run(command, args, cwd);
  expect(code === 0, `${command} ${args.join(' ')} exited ${code}:\n${output.trim().split('\n').slice(-25).join('\n')}`);
  return output;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves files from `route(pathname)` (a path, or `{ body, type }`) on a free loopback port. */
function serve(route, headers = {}) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    // The browser asks every origin for one; no app has one (a 404 would be a console error).
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let found;
    try {
      found = route(pathname);
      if (typeof found === 'string') found = { body: readFileSync(found), type: TYPES[extname(found)] ?? 'application/octet-stream' };
    } catch {
      found = undefined;
    }
    if (!found) {
      res.writeHead(404, headers).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': found.type, 'Cache-Control': 'no-store', ...headers }).end(found.body);
  });
  servers.add(server);
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${server.address().port}`)));
}
/** A folder's files by URL path (`/` is index.html), never outside it. */
const filesUnder = (folder) => (pathname) => {
  const path = normalize(join(folder, pathname === '/' ? 'index.html' : pathname));
  return path.startsWith(folder) ? path : undefined;
};

// ---------------------------------------------------------------------------------------------
// The package, and the apps installed with it.

console.log(`Packing cit-widgets ${pkg.version} and installing it into fresh apps in ${temp}`);
const packed = JSON.parse(await succeeds('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], ROOT));
renameSync(join(temp, packed[0].filename), join(temp, 'cit-widgets.tgz'));

const APP_NAMES = ['plain', 'react', 'vue', 'svelte-solid'];
for (const app of APP_NAMES) cpSync(join(APPS, app), join(temp, app), { recursive: true });
const dir = (app) => join(temp, app);

/** Each app: install, then its type-checks and build; the apps side by side. */
const STEPS = {
  plain: [
    ['type-checks (tsc, the element and event maps, what must not compile)', 'npx', ['tsc', '--noEmit']],
    ['builds (vite)', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ],
  react: [
    ['type-checks (tsc, React 19 JSX from cit-widgets/react, what must not compile)', 'npx', ['tsc', '--noEmit']],
    ['builds (vite)', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ],
  vue: [
    ['type-checks (vue-tsc, GlobalComponents from cit-widgets/vue, what must not compile)', 'npx', ['vue-tsc', '--noEmit']],
    ['builds (vite)', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ],
  'svelte-solid': [
    ['Svelte 5 type-checks (svelte-check, cit-widgets/svelte)', 'npx', ['svelte-check', '--workspace', join(dir('svelte-solid'), 'svelte'), '--tsconfig', join(dir('svelte-solid'), 'svelte/tsconfig.json'), '--fail-on-warnings']],
    ['Solid type-checks (tsc, cit-widgets/solid, what must not compile)', 'npx', ['tsc', '-p', 'solid/tsconfig.json']],
  ],
};
const outcomes = new Map();
await Promise.all(
  APP_NAMES.map(async (app) => {
    const log = [];
    const record = async (name, fn) => {
      try {
        log.push([name, await fn()]);
        return true;
      } catch (error) {
        log.push([name, error]);
        return false;
      }
    };
    let ok = await record('installs the packed tarball and its pinned dependencies', () =>
      succeeds('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir(app)).then(() =>
        expect(JSON.parse(readFileSync(join(dir(app), 'node_modules/cit-widgets/package.json'), 'utf8')).version === pkg.version, 'another cit-widgets was installed'),
      ),
    );
    for (const [name, command, args] of STEPS[app]) {
      if (!ok) log.push([name, new Error('not run: an earlier step failed')]);
      else ok = await record(name, () => succeeds(command, args, dir(app)));
    }
    if (app === 'svelte-solid') {
      await record('a Svelte file with a wrong property, detail and handler fails svelte-check, with those three errors', async () => {
        if (!ok) throw new Error('not run: an earlier step failed');
        const { code, output } = await run('npx', ['svelte-check', '--workspace', join(dir(app), 'svelte-wrong'), '--tsconfig', join(dir(app), 'svelte-wrong/tsconfig.json'), '--output', 'machine'], dir(app));
        const errors = output.split('\n').filter((line) => /\sERROR\s/.test(line));
        expect(code !== 0, 'svelte-check passed a file that must fail');
        const wanted = [/'string' is not assignable to type 'boolean/, /Property 'nope' does not exist on type 'CandidacyResult'/, /CustomEvent<number>/];
        for (const pattern of wanted) expect(errors.some((line) => pattern.test(line)), `no error matching ${pattern} in:\n${errors.join('\n')}`);
        expect(errors.length === wanted.length, `expected ${wanted.length} errors, got ${errors.length}:\n${errors.join('\n')}`);
      });
    }
    outcomes.set(app, { ok, log });
  }),
);
for (const app of APP_NAMES) {
  console.log(`${app}:`);
  for (const [name, result] of outcomes.get(app).log) {
    await check(name, () => {
      if (result instanceof Error) throw result;
    });
  }
}
const built = (app) => outcomes.get(app)?.ok;

// ---------------------------------------------------------------------------------------------
// The engine in plain Node.

console.log('cit-widgets/engine in Node (no DOM):');
const node = built('plain') ? await run(process.execPath, ['node/engine.mjs'], dir('plain')) : undefined;
let engineReport;
await check('imports in plain Node and computes a plan, a refusal and, in a worker thread, a timeline', () => {
  expect(node, 'not run: the plain app was not installed');
  expect(node.code === 0, `node exited ${node.code}:\n${node.output}`);
  engineReport = JSON.parse(node.output.trim().split('\n').at(-1));
  same(engineReport.dom, ['undefined', 'undefined', 'undefined', 'undefined'], 'window, document, HTMLElement, customElements in Node');
  same(engineReport.version, pkg.version, 'version');
  same(engineReport.plan, 'scars', 'plan');
  same(engineReport.dates, ['2027-01-04', '2027-02-01', '2027-03-01', '2027-03-29'], 'session dates');
  same(engineReport.cost, { min: 1000, max: 1600, currency: 'USD' }, 'cost');
  same(engineReport.refused, ['concerns.0', 'today'], 'the paths of the refused input');
  expect(Array.isArray(engineReport.inWorker) && engineReport.inWorker.includes('no-sun') && engineReport.inWorker.includes('no-makeup'), `worker thread's timeline: ${JSON.stringify(engineReport.inWorker)}`);
});
await check('loads with require() from CommonJS', async () => {
  expect(built('plain'), 'not run: the plain app was not installed');
  const cjs = await succeeds(process.execPath, ['node/engine.cjs'], dir('plain'));
  same(JSON.parse(cjs.trim().split('\n').at(-1)), ['2027-01-04', '2027-02-01', '2027-03-01', '2027-03-29'], 'dates');
});

// ---------------------------------------------------------------------------------------------
// The apps in Chromium.

browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--lang=en-US'],
});

/** Opens a page, recording its errors and console errors. */
async function open(url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** What the page's kit elements show: defined, shadow content, a setup problem. */
const widgetsIn = (page, tags) =>
  page.evaluate(async (tags) => {
    const report = {};
    for (const tag of tags) {
      const el = document.querySelector(tag);
      await el?.updateComplete;
      report[tag] = {
        defined: Boolean(customElements.get(tag)),
        upgraded: Boolean(el && customElements.get(tag) && el instanceof customElements.get(tag)),
        shadowText: (el?.shadowRoot?.querySelector('[part~="base"]')?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
        problem: el?.shadowRoot?.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      };
    }
    return report;
  }, tags);

const WIDGETS = ['cit-candidacy-check', 'cit-session-planner', 'cit-recovery-timeline'];

/** The planner and the clinic as the app set them up: what came as properties, and what the planner made of it. */
const plannerState = (page) =>
  page.evaluate(async () => {
    const planner = document.querySelector('cit-session-planner');
    const clinic = document.querySelector('cit-clinic');
    await clinic.updateComplete;
    await planner.updateComplete;
    return {
      concernsAttribute: planner.hasAttribute('concerns'),
      concerns: planner.concerns,
      plan: planner.plan?.plan,
      sessions: planner.plan?.sessions.length,
      cost: planner.plan?.cost,
    };
  });

/** A patient completes the candidacy check (one concern, no health answers), as test/embed/host.ts does. */
async function completeCheck(page) {
  await page.evaluate(async () => {
    const check = document.querySelector('cit-candidacy-check');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    await check.updateComplete;
    check.shadowRoot.querySelector('#concern-texture').click();
    for (let step = 0; step < 3; step++) {
      await check.updateComplete;
      check.shadowRoot.querySelector('button[type="submit"]').click();
      for (let i = 0; i < 3; i++) {
        await check.updateComplete;
        await frame();
      }
    }
  });
  await page.waitForFunction(() => document.querySelector('#outcome')?.textContent === 'good-fit', { timeout: 10_000 }).catch(() => undefined);
  return page.evaluate(() => ({
    outcome: document.querySelector('#outcome')?.textContent,
    shown: document.querySelector('cit-candidacy-check')?.shadowRoot?.querySelector('[part="outcome"]')?.textContent?.trim(),
  }));
}

/** Copies of Lit's template engine in the app's built JavaScript (`$lit$` is its attribute marker, once per copy). */
function litCopies(app) {
  const assets = join(dir(app), 'dist/assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js') && !f.includes('worker'))
    .reduce((n, f) => n + (readFileSync(join(assets, f), 'utf8').match(/\$lit\$/g)?.length ?? 0), 0);
}

const FRAMEWORK = { plain: 'plain TypeScript', react: 'React 19', vue: 'Vue 3' };
for (const app of ['plain', 'react', 'vue']) {
  console.log(`${app} in Chromium:`);
  const names = {
    render: 'the widgets render (shadow content, no setup problem)',
    property: `properties set from ${FRAMEWORK[app]} reach the elements (not as attributes), and a change follows`,
    event: `a completed check's cit-candidacy-complete reaches ${FRAMEWORK[app]}'s handler`,
    lit: "one copy of Lit in the app's bundle, shared with the kit",
    clean: 'no error or failed request on the page',
  };
  if (app === 'plain') Object.assign(names, { single: 'single entry points register only their elements', worker: 'the engine runs in a Web Worker' });
  if (!built(app)) {
    for (const name of Object.values(names)) await check(name, () => expect(false, `not run: the ${app} app did not build`));
    continue;
  }
  const url = await serve(filesUnder(join(dir(app), 'dist')));
  const { page, errors } = await open(url);
  await page.waitForFunction(() => document.querySelector('cit-candidacy-check')?.shadowRoot?.querySelector('#concern-texture'), { timeout: 15_000 }).catch(() => undefined);
  const tags = app === 'plain' ? ['cit-candidacy-check', 'cit-session-planner'] : WIDGETS;

  await check(names.render, async () => {
    const widgets = await widgetsIn(page, ['cit-clinic', ...tags]);
    for (const tag of tags) {
      const w = widgets[tag];
      expect(w.defined && w.upgraded, `<${tag}> is not defined and upgraded`);
      expect(w.shadowText > 40, `<${tag}> has no content in its shadow root`);
      expect(!w.problem, `<${tag}> shows a setup problem: ${w.problem}`);
    }
    expect(widgets['cit-clinic'].defined && !widgets['cit-clinic'].problem, `<cit-clinic>: ${JSON.stringify(widgets['cit-clinic'])}`);
  });
  if (app === 'plain') {
    await check(names.single, async () => {
      const defined = await page.evaluate(() => ['cit-clinic', ...['cit-candidacy-check', 'cit-session-planner', 'cit-recovery-timeline']].filter((t) => customElements.get(t)));
      same(defined, ['cit-clinic', 'cit-candidacy-check', 'cit-session-planner'], 'defined elements (the app never imports the timeline)');
      const note = await page.evaluate(async () => {
        const el = document.querySelector('app-note');
        await el?.updateComplete;
        return el?.shadowRoot?.textContent?.trim();
      });
      same(note, `Kit ${pkg.version}`, "the app's own Lit element");
    });
    await check(names.worker, async () => {
      await page.waitForFunction(() => document.querySelector('#worker')?.textContent, { timeout: 10_000 }).catch(() => undefined);
      same(await page.$eval('#worker', (el) => el.textContent), 'undefined refresh 2027-01-04 2027-02-01 2027-03-01 2027-03-29', 'the worker’s message (typeof document, plan, dates)');
    });
  }
  await check(names.property, async () => {
    const before = await plannerState(page);
    same(before, { concernsAttribute: false, concerns: 'acne-scars', plan: 'scars', sessions: 4, cost: { min: 1200, max: 1200, currency: 'EUR' } }, 'the planner');
    if (app === 'react') {
      const clinic = await page.evaluate(() => {
        const c = document.querySelector('cit-clinic');
        return { bookingUrl: c.bookingUrl, attributes: c.getAttributeNames().sort() };
      });
      same(clinic, { bookingUrl: 'https://lumen-skin.example/book?date={date}', attributes: [] }, '<cit-clinic> (React sets properties; no attribute)');
    }
    if (app === 'vue') {
      const timeline = await page.evaluate(() => {
        const t = document.querySelector('cit-recovery-timeline');
        return { treatedAt: t.treatedAt, attribute: t.hasAttribute('treatedat') || t.hasAttribute('treated-at') };
      });
      same(timeline, { treatedAt: '2026-11-30T10:00', attribute: false }, '<cit-recovery-timeline> (:treatedAt as a property)');
    }
    await page.click('#more');
    await page.waitForFunction(() => document.querySelector('cit-session-planner')?.plan?.sessions.length === 5, { timeout: 5_000 }).catch(() => undefined);
    const after = await plannerState(page);
    same([after.sessions, after.cost], [5, { min: 1500, max: 1500, currency: 'EUR' }], 'the planner after the app set sessions to 5');
  });
  await check(names.event, async () => {
    const { outcome, shown } = await completeCheck(page);
    expect(/good fit/i.test(shown ?? ''), `the check's result heading: ${shown}`);
    same(outcome, 'good-fit', "what the app's handler wrote");
  });
  await check(names.lit, () => same(litCopies(app), 1, 'copies of lit-html'));
  await check(names.clean, () => same(errors, [], 'errors'));
  await page.close();
}

// ---------------------------------------------------------------------------------------------
// The README's CDN snippet, against the packed file.

console.log("The README's CDN snippet (jsDelivr, integrity):");
const installed = join(dir('plain'), 'node_modules/cit-widgets');
const snippetPattern = /<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/cit-widgets@([^/"]+)\/(dist\/cit-widgets\.js)" integrity="(sha384-[^"]+)" crossorigin="anonymous"[^>]*><\/script>/;
const snippet = built('plain') ? readFileSync(join(installed, 'README.md'), 'utf8').match(snippetPattern) : undefined;
await check("names this version, and its sha384 is the packed script's", () => {
  expect(snippet, 'no <script src="https://cdn.jsdelivr.net/npm/cit-widgets@…/dist/cit-widgets.js" integrity="sha384-…" crossorigin="anonymous"> in the packed README');
  same(snippet[1], pkg.version, 'the version in the address');
  same(snippet[3], `sha384-${createHash('sha384').update(readFileSync(join(installed, snippet[2]))).digest('base64')}`, 'the integrity hash');
});
await check('dist/cit-widgets.sri.json gives the hash of every packed file a page can load (the loader, its chunks, the all-in-one files)', () => {
  const { version, files } = JSON.parse(readFileSync(join(installed, 'dist/cit-widgets.sri.json'), 'utf8'));
  same(version, pkg.version, 'its version');
  const chunks = readdirSync(join(installed, 'dist/cit-widgets')).filter((f) => f.endsWith('.js')).map((f) => `dist/cit-widgets/${f}`);
  const packedFiles = ['dist/cit-widgets.js', 'dist/cit-widgets.all.js', 'dist/cit-widgets.mjs', ...chunks].filter((f) => existsSync(join(installed, f)));
  same(Object.keys(files).sort(), packedFiles.sort(), 'the files it lists');
  for (const [file, hash] of Object.entries(files)) same(hash, `sha384-${createHash('sha384').update(readFileSync(join(installed, file))).digest('base64')}`, file);
});
const cdnNames = ['Chromium runs the script the snippet loads, its integrity checked, and the widgets render', 'Chromium refuses the file with one byte changed: no kit on the page'];
if (!snippet) {
  for (const name of cdnNames) await check(name, () => expect(false, 'not run: no snippet'));
} else {
  // A CDN on another origin (as jsDelivr is: CORS for `crossorigin`), serving the packed files at /npm/cit-widgets@VERSION/.
  const prefix = `/npm/cit-widgets@${snippet[1]}/`;
  const cdn = await serve(
    (pathname) => {
      const tampered = pathname.startsWith('/tampered/');
      const path = tampered ? pathname.slice('/tampered'.length) : pathname;
      if (!path.startsWith(prefix)) return undefined;
      const file = normalize(join(installed, path.slice(prefix.length)));
      if (!file.startsWith(installed)) return undefined;
      const body = readFileSync(file);
      return { body: tampered ? Buffer.concat([body, Buffer.from('\n')]) : body, type: TYPES[extname(file)] };
    },
    { 'Access-Control-Allow-Origin': '*' },
  );
  const pageWith = (base) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${snippet[0].replace('https://cdn.jsdelivr.net', base)}</head>` +
    '<body><cit-clinic name="Lumen Skin Clinic" currency="EUR" price="300"><cit-candidacy-check today="2026-12-01"></cit-candidacy-check></cit-clinic></body></html>';
  const site = await serve((pathname) => (pathname === '/' ? { body: pageWith(cdn), type: TYPES['.html'] } : pathname === '/tampered' ? { body: pageWith(`${cdn}/tampered`), type: TYPES['.html'] } : undefined));
  await check(cdnNames[0], async () => {
    const { page, errors } = await open(`${site}/`);
    await page.waitForFunction(() => customElements.get('cit-candidacy-check'), { timeout: 10_000 }).catch(() => undefined);
    const state = await page.evaluate(async () => {
      const check = document.querySelector('cit-candidacy-check');
      await check?.updateComplete;
      return { version: window.CitWidgets?.version, rendered: Boolean(check?.shadowRoot?.querySelector('#concern-texture')) };
    });
    same(state, { version: pkg.version, rendered: true }, 'CitWidgets.version and the check');
    same(errors, [], 'errors');
    await page.close();
  });
  await check(cdnNames[1], async () => {
    const { page, errors } = await open(`${site}/tampered`);
    await new Promise((r) => setTimeout(r, 500));
    same(await page.evaluate(() => [typeof window.CitWidgets, Boolean(customElements.get('cit-candidacy-check'))]), ['undefined', false], 'CitWidgets and <cit-candidacy-check>');
    expect(errors.some((e) => /integrity/i.test(e)), `no integrity error reported: ${JSON.stringify(errors)}`);
    await page.close();
  });
}

await cleanUp();
console.log(`\nReal-app checks done in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
