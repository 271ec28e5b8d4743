// npm run bench: what the kit costs a patient on a slow phone, measured in Debian's Chromium.
// Serves the demo clinic page (strict CSP, as `npm start`) and a floor page with a bare Lit element,
// then over RUNS fresh visits (default 7) with 4× CPU throttling and the Slow 4G profile reports
// median, min and max of: script arrival → all three widgets rendered, the interaction to next
// paint of three interactions, and the JS heap after load and after 200 add/remove cycles of each
// widget. Then Lighthouse (mobile, its own simulated throttling) on the demo page, LH_RUNS times
// (default 3). Prints the results and writes them into BENCHMARKS.md between its bench markers.
// Not part of `npm test`: timings vary from machine to machine; CI enforces bytes only.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, loadConfigFromFile } from 'vite';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import lighthouse from 'lighthouse';
import { startServer } from './serve-demo.mjs';
import { bytesByModule } from './bytes-by-module.mjs';
import { pageBytes } from './size.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);
const CYCLES = 200;
const WARM_ROUNDS = 5;
const WIDGETS = ['cit-candidacy-check', 'cit-session-planner', 'cit-recovery-timeline'];
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

// The floor: a bare Lit element, built by the kit's own Vite configuration (same bundler,
// template minifier, minifier and production Lit), as a classic script like the kit.
const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts');
await build({
  ...config,
  configFile: false,
  logLevel: 'warn',
  build: {
    ...config.build,
    outDir: 'dist/bench',
    emptyOutDir: true,
    lib: { entry: 'bench/floor.ts', name: 'BenchFloor', formats: ['iife'], fileName: () => 'floor.js' },
  },
});

const bytes = (file) => {
  const code = readFileSync(file);
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
// Everything the demo page needs, in one file (the one-tag script loads the same code as chunks).
const kitBytes = bytes('dist/cit-widgets.all.js');
const floorBytes = bytes('dist/bench/floor.js');

const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--lang=en-US', '--js-flags=--expose-gc'],
});
const chromium = await browser.version();

/** Runs in the page before any of its scripts: notes when the widgets (or the floor) have rendered, and every slow event. */
function pageHooks(tags) {
  window.__events = [];
  new PerformanceObserver((list) => window.__events.push(...list.getEntries().filter((e) => e.interactionId).map((e) => ({ name: e.name, startTime: e.startTime, duration: e.duration })))).observe({ type: 'event', durationThreshold: 16, buffered: true });
  Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(async () => {
    await Promise.all(tags.map((tag) => Promise.all([...document.querySelectorAll(tag)].map((el) => el.updateComplete))));
    window.__rendered = performance.now();
    performance.mark('cit-rendered');
  });
}

async function newPage(throttled) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  if (throttled) {
    await page.emulateCPUThrottling(4);
    await page.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
  }
  return { page, context };
}

async function heap(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

/** Time from the script's last byte to everything rendered, on a fresh visit of `path`. */
async function load(page, path, script, tags) {
  await page.evaluateOnNewDocument(pageHooks, tags);
  await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.__rendered !== undefined, { timeout: 60_000 });
  return page.evaluate((script) => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes(script));
    return window.__rendered - entry.responseEnd;
  }, script);
}

/**
 * Navigation → all three widgets rendered on the demo page, its one-tag script served as `file`
 * (the loader, or the all-in-one file); `hints: false` serves the page without its preload hints.
 */
async function fromNavigation(file, hints = true) {
  const { page, context } = await newPage(true);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/dist/cit-widgets.js' && file !== url.pathname) request.continue({ url: `${origin}${file}` });
    else request.continue();
  });
  await load(page, `/?treated-at=2026-11-20T10:00${hints ? '' : '&preload=off'}`, '/dist/cit-widgets.js', WIDGETS);
  const rendered = await page.evaluate(() => window.__rendered);
  await context.close();
  return rendered;
}

/**
 * `load`, traced: also the longest main-thread task between navigation and render (Chromium's
 * `RunTask` events on the page's main thread, in ms, under the page's throttling).
 */
async function loadTraced(page, path, script, tags) {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  const render = await load(page, path, script, tags);
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  const events = trace.traceEvents ?? trace;
  // Every renderer's main thread (a navigation may move the page to a new renderer process).
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  // The main thread's work from the script's last byte to everything rendered: the start-up cost
  // itself, without the time spent waiting for the network (which a split kit spreads it over).
  const requestId = events.find((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.includes(script))?.args.data.requestId;
  const arrived = events.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === requestId)?.ts;
  const rendered = events.find((e) => e.name === 'cit-rendered')?.ts;
  const work = arrived && rendered ? tasks.filter((e) => e.ts >= arrived && e.ts < rendered).reduce((sum, e) => sum + Math.min(e.dur, rendered - e.ts), 0) / 1000 : NaN;
  return { render, work, longestTask: Math.max(0, ...tasks.map((e) => e.dur / 1000)) };
}

/** The pages with one widget in its clinic (bench/one.html), by tag. */
const ONE_WIDGET_PAGES = WIDGETS.map((tag) => [tag, `/bench/one.html?widget=${tag}`]);

const nextFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));

/**
 * The longest event of one interaction (its INP contribution); under 16 ms the browser reports none.
 * Only events that began with `act` count: the observer reports late, and an earlier interaction's
 * events (the keys typed before an Enter) must not be taken for this one's.
 */
async function interaction(page, act) {
  await nextFrames(page);
  const from = await page.evaluate(() => performance.now());
  await act();
  await nextFrames(page);
  const events = await page.evaluate((from) => window.__events.filter((e) => e.startTime >= from), from);
  return Math.max(16, ...events.map((e) => e.duration));
}

const inMonth = (days) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}${d.getFullYear()}`;
};

const results = { navigationLoader: [], navigationNoHints: [], navigationAllInOne: [], kitRenderNoHints: [], kitFromLastFile: [], floorWork: [], oneFromLastFile: Object.fromEntries(WIDGETS.map((tag) => [tag, []])), kitLongestTask: [], oneWidget: Object.fromEntries(ONE_WIDGET_PAGES.map(([tag]) => [tag, { render: [], longestTask: [] }])), kitRender: [], floorRender: [], answer: [], pick: [], type: [], move: [], canI: [], kitHeap: [], kitHeapFirst: [], kitHeapWarm: [], kitHeapAfter: [], floorHeap: [] };
for (let run = 1; run <= RUNS; run++) {
  const kit = await newPage(true);
  // The timeline reads its treatment time from the address, as a clinic's aftercare link gives it.
  const traced = await loadTraced(kit.page, '/?treated-at=2026-11-20T10:00', '/dist/cit-widgets.js', WIDGETS);
  results.kitRender.push(traced.render);
  results.kitFromLastFile.push(traced.work);
  results.kitLongestTask.push(traced.longestTask);
  results.answer.push(await interaction(kit.page, async () => (await kit.page.$('cit-candidacy-check >>> #concern-acne-scars')).click()));
  // The demo's planner follows the check and starts with no concern: the patient picks one, and the whole plan is drawn.
  results.pick.push(await interaction(kit.page, async () => (await kit.page.$('cit-session-planner >>> fieldset input[type="checkbox"]')).click()));
  const move = await kit.page.waitForSelector('cit-session-planner >>> #move-2');
  // Focused from the start (its month first), as a patient's tab into it: a click lands in whichever
  // part of the date is under the pointer, and typing there made a date the planner refused.
  await move.evaluate((el) => el.focus());
  results.type.push(await interaction(kit.page, () => kit.page.keyboard.type(inMonth(36))));
  results.move.push(await interaction(kit.page, () => kit.page.keyboard.press('Enter')));
  results.canI.push(await interaction(kit.page, async () => (await kit.page.$('cit-recovery-timeline >>> [part="can-i"] summary')).click()));
  await kit.page.emulateCPUThrottling(1);
  results.kitHeap.push(await heap(kit.page));
  const cycle = () =>
    kit.page.evaluate(
      async (tags, cycles) => {
        const clinic = document.querySelector('cit-clinic');
        for (const tag of tags) {
          for (let i = 0; i < cycles; i++) {
            const el = document.createElement(tag);
            if (tag === 'cit-session-planner') el.setAttribute('concerns', 'texture');
            if (tag === 'cit-recovery-timeline') el.setAttribute('treated-at', '2026-11-20T10:00');
            clinic.append(el);
            await el.updateComplete;
            el.remove();
          }
        }
      },
      WIDGETS,
      CYCLES,
    );
  // The first rounds fill one-time caches (Lit's templates, Intl formatters) and the optimizing
  // compiler's code: measured here, that settles to noise (±8 KiB) by the fifth round. A leak
  // would keep growing in the sixth.
  await cycle();
  results.kitHeapFirst.push(await heap(kit.page));
  for (let round = 2; round <= WARM_ROUNDS; round++) await cycle();
  results.kitHeapWarm.push(await heap(kit.page));
  await cycle();
  results.kitHeapAfter.push(await heap(kit.page));
  await kit.context.close();

  const floor = await newPage(true);
  const floorTraced = await loadTraced(floor.page, '/bench/floor.html', '/dist/bench/floor.js', ['bench-hello']);
  results.floorRender.push(floorTraced.render);
  results.floorWork.push(floorTraced.work);
  results.floorHeap.push(await heap(floor.page));
  await floor.context.close();

  results.navigationLoader.push(await fromNavigation('/dist/cit-widgets.js'));
  results.navigationNoHints.push(await fromNavigation('/dist/cit-widgets.js', false));
  results.navigationAllInOne.push(await fromNavigation('/dist/cit-widgets.all.js', false));
  const bare = await newPage(true);
  results.kitRenderNoHints.push(await load(bare.page, '/?treated-at=2026-11-20T10:00&preload=off', '/dist/cit-widgets.js', WIDGETS));
  await bare.context.close();

  for (const [tag, path] of ONE_WIDGET_PAGES) {
    const one = await newPage(true);
    const { render, work, longestTask } = await loadTraced(one.page, path, '/dist/cit-widgets.js', ['cit-clinic', tag]);
    results.oneWidget[tag].render.push(render);
    results.oneWidget[tag].longestTask.push(longestTask);
    results.oneFromLastFile[tag].push(work);
    await one.context.close();
  }
  process.stderr.write(`run ${run}/${RUNS} done\n`);
}

// Lighthouse on the demo page, mobile with its default simulated throttling (4× CPU, slow 4G).
const port = Number(new URL(browser.wsEndpoint()).port);
const lh = { performance: [], accessibility: [], 'best-practices': [], cls: [], tbt: [], lcp: [], fcp: [] };
for (let run = 1; run <= LH_RUNS; run++) {
  const { lhr } = await lighthouse(`${origin}/`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
  for (const category of ['performance', 'accessibility', 'best-practices']) lh[category].push(Math.round(lhr.categories[category].score * 100));
  lh.cls.push(lhr.audits['cumulative-layout-shift'].numericValue);
  lh.tbt.push(lhr.audits['total-blocking-time'].numericValue);
  lh.lcp.push(lhr.audits['largest-contentful-paint'].numericValue);
  lh.fcp.push(lhr.audits['first-contentful-paint'].numericValue);
  const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
  if (failed.length) process.stderr.write(`lighthouse run ${run}: failed audits: ${failed.join(', ')}\n`);
  process.stderr.write(`lighthouse run ${run}/${LH_RUNS} done\n`);
}
await browser.close();
server.close();

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => {
  const s = sorted(values);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (values, format) => `${format(median(values))} | ${format(Math.min(...values))} | ${format(Math.max(...values))}`;
const ms = (v) => `${Math.round(v)} ms`;
const inp = (v) => (v <= 16 ? '≤ 16 ms' : `${Math.round(v)} ms`);
const kb = (v) => `${(v / 1024).toFixed(0)} KiB`;
const plain = (v) => String(Math.round(v));
const growth = results.kitHeapAfter.map((after, i) => after - results.kitHeapWarm[i]);

const pages = pageBytes();
const report = `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${osType()} ${release()}; ${chromium}, Node ${process.version}. ${RUNS} fresh visits (new browser context each), 4× CPU throttling, Slow 4G; the demo page is served with its strict CSP.

| bytes | kit (\`dist/cit-widgets.all.js\`) | floor (bare Lit element) | kit ÷ floor |
|---|---:|---:|---:|
| minified | ${kitBytes.raw} | ${floorBytes.raw} | ${(kitBytes.raw / floorBytes.raw).toFixed(1)} |
| gzip -9 | ${kitBytes.gzip} | ${floorBytes.gzip} | ${(kitBytes.gzip / floorBytes.gzip).toFixed(1)} |
| brotli 11 | ${kitBytes.brotli} | ${floorBytes.brotli} | ${(kitBytes.brotli / floorBytes.brotli).toFixed(1)} |

| page type | script files | gzip -9 (each file alone) | brotli 11 |
|---|---:|---:|---:|
${pages.rows.map(([page, files, gz, br]) => `| ${page} | ${files} | ${gz} | ${br} |`).join('\n')}
${pages.onDemand.map(([file, gz]) => `| on demand: \`${file.replace(/-[\w-]{8}\.js$/, '-….js')}\` | 1 | ${gz} | |`).join('\n')}

| measure (${RUNS} runs) | median | min | max |
|---|---:|---:|---:|
| script arrival → all three widgets rendered (the demo page: loader + preload hints) | ${stats(results.kitRender, ms)} |
| floor: script arrival → element rendered | ${stats(results.floorRender, ms)} |
| kit ÷ floor (medians) | ${(median(results.kitRender) / median(results.floorRender)).toFixed(1)} | | |
| main-thread work, script arrival → all three rendered (start-up cost, without network waits) | ${stats(results.kitFromLastFile, ms)} |
| floor: main-thread work, script arrival → element rendered | ${stats(results.floorWork, ms)} |
| … kit ÷ floor (medians) | ${(median(results.kitFromLastFile) / median(results.floorWork)).toFixed(1)} | | |
| script arrival → all three rendered, the same page without its preload hints | ${stats(results.kitRenderNoHints, ms)} |
| … ÷ floor (medians) | ${(median(results.kitRenderNoHints) / median(results.floorRender)).toFixed(1)} | | |
| navigation → all three rendered, loader + preload hints (the demo page) | ${stats(results.navigationLoader, ms)} |
| navigation → all three rendered, loader without hints | ${stats(results.navigationNoHints, ms)} |
| navigation → all three rendered, the all-in-one file in its place (no hints) | ${stats(results.navigationAllInOne, ms)} |
| longest main-thread task, navigation → all three rendered | ${stats(results.kitLongestTask, ms)} |
${ONE_WIDGET_PAGES.map(([tag]) => `| one widget (\`<${tag}>\` in its clinic): script arrival → rendered | ${stats(results.oneWidget[tag].render, ms)} |
| … ÷ floor (medians) | ${(median(results.oneWidget[tag].render) / median(results.floorRender)).toFixed(1)} | | |
| … main-thread work, script arrival → rendered | ${stats(results.oneFromLastFile[tag], ms)} |
| … ÷ floor's work (medians) | ${(median(results.oneFromLastFile[tag]) / median(results.floorWork)).toFixed(1)} | | |
| … longest main-thread task | ${stats(results.oneWidget[tag].longestTask, ms)} |`).join('\n')}
| INP: answer a question (tick a concern) | ${stats(results.answer, inp)} |
| INP: pick the planner's first concern (the whole plan is drawn) | ${stats(results.pick, inp)} |
| INP: type a date into a session's field (the longest of its 8 keys; the browser's own field) | ${stats(results.type, inp)} |
| INP: move a planner session (Enter on a typed date) | ${stats(results.move, inp)} |
| INP: open the timeline's "can I" panel | ${stats(results.canI, inp)} |
| JS heap after load, kit page | ${stats(results.kitHeap, kb)} |
| JS heap after load, floor page | ${stats(results.floorHeap, kb)} |
| JS heap after ${CYCLES} add/remove cycles of each widget | ${stats(results.kitHeapFirst, kb)} |
| JS heap after ${CYCLES * WARM_ROUNDS} cycles of each | ${stats(results.kitHeapWarm, kb)} |
| JS heap after ${CYCLES * (WARM_ROUNDS + 1)} cycles of each | ${stats(results.kitHeapAfter, kb)} |
| growth over the last ${CYCLES} cycles of each (a leak would show here) | ${stats(growth, (v) => `${(v / 1024).toFixed(1)} KiB`)} |

INP values are the longest event of each interaction; Chromium reports none under 16 ms, shown as ≤ 16 ms.

Lighthouse ${LH_RUNS}× on the demo page (mobile, simulated 4× CPU and slow 4G):

| Lighthouse | median | min | max |
|---|---:|---:|---:|
| performance | ${stats(lh.performance, plain)} |
| accessibility | ${stats(lh.accessibility, plain)} |
| best practices | ${stats(lh['best-practices'], plain)} |
| cumulative layout shift | ${stats(lh.cls, (v) => v.toFixed(3))} |
| total blocking time | ${stats(lh.tbt, (v) => `${Math.round(v)} ms`)} |
| largest contentful paint | ${stats(lh.lcp, (v) => `${Math.round(v)} ms`)} |
| first contentful paint | ${stats(lh.fcp, (v) => `${Math.round(v)} ms`)} |`;

console.log(report);

/** Replaces the text between `<!-- name -->` and `<!-- /name -->` in BENCHMARKS.md. */
function fill(text, name, content) {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`BENCHMARKS.md lacks ${start} … ${end}`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}
let doc = readFileSync('BENCHMARKS.md', 'utf8');
doc = fill(doc, 'bench:results', report);
doc = fill(doc, 'bench:bytes', bytesByModule('dist/cit-widgets.all.js', 3));
mkdirSync('bench-results', { recursive: true });
writeFileSync('BENCHMARKS.md', doc);
writeFileSync(`bench-results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify({ kitBytes, floorBytes, results, lighthouse: lh }, null, 2));
console.error('BENCHMARKS.md updated.');
