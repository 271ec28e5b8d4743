// Runs every browser test in Chromium, Firefox and WebKit, one engine after the other, and ends
// with the line CI reads: `N passed, N failed`, every test of every engine counted.
//
//   npm test                                  all three engines
//   npm test -- --browsers firefox            one engine (or a list: --browsers chromium,webkit)
//   npm test -- --browsers webkit --files test/elements/cit-recovery-timeline.test.ts
//
// Other arguments go to web-test-runner. Each engine's run gets its own temporary folders (home,
// config, cache, TMPDIR, downloads), so nothing is written outside them; WebKit gets a virtual
// display (Xvfb on a free display, with its own X authority) and WebKitWebDriver on free ports,
// one per launch profile. Every process started carries CIT_TEST_RUN=<id> in its environment: on
// the way out, whatever still carries it is ended and the folders are removed, also when a test
// hangs (a time limit per engine) or the run is interrupted (SIGINT, SIGTERM, SIGHUP).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, EXECUTABLES, WEBKIT_TIME_ZONE } from './browsers.mjs';

const NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
const PROFILES = ['default', 'preferences'];
/** A hang guard per engine, not a speed check: a whole engine takes well under two minutes. */
const ENGINE_TIME_LIMIT_MS = Number(process.env.CIT_ENGINE_TIME_LIMIT_MS) || 5 * 60_000;
const WTR = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));

// --- arguments ------------------------------------------------------------------------------------
const engines = [];
const wtrArgs = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--browsers' || arg === '--browser') {
    while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) engines.push(...argv[++i].split(','));
  } else if (arg.startsWith('--browsers=') || arg.startsWith('--browser=')) {
    engines.push(...arg.slice(arg.indexOf('=') + 1).split(','));
  } else {
    wtrArgs.push(arg);
  }
}
const chosen = engines.length ? [...new Set(engines.map((e) => e.trim().toLowerCase()).filter(Boolean))] : ENGINES;
const unknown = chosen.filter((e) => !ENGINES.includes(e));
if (unknown.length) {
  console.error(`Unknown browser ${unknown.join(', ')}: choose from ${ENGINES.join(', ')}.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// --- what each engine needs -------------------------------------------------------------------------
function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}
const PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr', webkit: 'webkit2gtk-driver xvfb xauth' };
const missing = chosen.filter((engine) => !existsSync(EXECUTABLES[engine]) || (engine === 'webkit' && !['Xvfb', 'xauth', 'WebKitWebDriver'].every(onPath)));
if (missing.length) {
  console.error(`Missing browsers for ${missing.map((e) => NAMES[e]).join(', ')}. The tests run in real browsers; on Debian:
    sudo apt-get install -y --no-install-recommends ${missing.map((e) => PACKAGES[e]).join(' ')}
or point CHROME_PATH, FIREFOX_PATH or MINIBROWSER_PATH at a binary, or run fewer: npm test -- --browsers ${ENGINES.filter((e) => !missing.includes(e)).join(',') || 'chromium'}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// --- clean-up, whatever happens ----------------------------------------------------------------------
const runId = randomUUID();
const marker = Buffer.from(`CIT_TEST_RUN=${runId}\0`);
const root = mkdtempSync(join(tmpdir(), 'cit-test-'));
/** Process groups started here (wtr, Xvfb, the drivers), ended first and politely. */
const groups = new Set();

/** Every process still carrying this run's marker: browsers, their helpers, the driver's MiniBrowser. */
function markedProcesses() {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`);
      if (environ.includes(marker) || environ.subarray(0, marker.length).equals(marker)) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}
function signal(pid, name) {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}
function isZombie(pid) {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? true;
  } catch {
    return true;
  }
}
async function endEverything() {
  for (const group of groups) signal(-group, 'SIGTERM');
  for (const pid of markedProcesses()) signal(pid, 'SIGTERM');
  for (let i = 0; i < 30 && markedProcesses().some((pid) => !isZombie(pid)); i++) await new Promise((r) => setTimeout(r, 100));
  for (const group of groups) signal(-group, 'SIGKILL');
  for (const pid of markedProcesses()) signal(pid, 'SIGKILL');
  groups.clear();
}
/** CIT_KEEP_TEMP=1 keeps the folders, to look into (their path is printed). */
let removed = false;
function removeFolders() {
  if (removed) return;
  removed = true;
  if (process.env.CIT_KEEP_TEMP) return void console.error(`kept ${root}`);
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
// Last resort if the script dies some other way: no waiting is possible here.
process.on('exit', () => {
  for (const group of groups) signal(-group, 'SIGKILL');
  for (const pid of markedProcesses()) signal(pid, 'SIGKILL');
  removeFolders();
});
// Interrupted: everything started is ended (politely, then not); the run ends as after a failure.
let interrupted;
for (const [name, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(name, () => {
    if (interrupted) return;
    interrupted = { name, code };
    console.error(`\n${name}: stopping the browsers and removing ${root}`);
    void endEverything();
    // Should anything still not let go: the exit handler ends it, and removes the folders.
    setTimeout(() => {
      console.log('0 passed, 1 failed');
      process.exit(code);
    }, 20_000).unref();
  });
}

// --- helpers -------------------------------------------------------------------------------------------
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
function folders(engine) {
  const base = join(root, engine);
  const dirs = { home: 'home', config: 'config', cache: 'cache', data: 'data', state: 'state', runtime: 'runtime', tmp: 'tmp', downloads: 'downloads' };
  for (const [key, name] of Object.entries(dirs)) {
    dirs[key] = join(base, name);
    mkdirSync(dirs[key], { recursive: true, mode: 0o700 });
  }
  return dirs;
}
function baseEnv(dirs) {
  const env = {
    ...process.env,
    CIT_TEST_RUN: runId,
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_CACHE_HOME: dirs.cache,
    XDG_DATA_HOME: dirs.data,
    XDG_STATE_HOME: dirs.state,
    XDG_RUNTIME_DIR: dirs.runtime,
    TMPDIR: dirs.tmp,
    // No session bus: nothing may start one that outlives the run.
    DBUS_SESSION_BUS_ADDRESS: 'disabled:',
    NO_AT_BRIDGE: '1',
  };
  delete env.DISPLAY;
  delete env.XAUTHORITY;
  return env;
}
function start(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  groups.add(child.pid);
  child.on('exit', () => groups.delete(child.pid));
  return child;
}

/** Xvfb on the first free display from :99, readable only with this run's X authority cookie. */
async function startDisplay(env, dirs, log) {
  const xauthority = join(dirs.runtime, 'Xauthority');
  writeFileSync(xauthority, '');
  const cookie = randomBytes(16).toString('hex');
  for (let display = 99; display < 200; display++) {
    if (existsSync(`/tmp/.X${display}-lock`) || existsSync(`/tmp/.X11-unix/X${display}`)) continue;
    spawnSync('xauth', ['-f', xauthority, 'add', `:${display}`, '.', cookie], { env, stdio: 'ignore' });
    const xvfb = start('Xvfb', [`:${display}`, '-displayfd', '3', '-auth', xauthority, '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
      env,
      stdio: ['ignore', log, log, 'pipe'],
    });
    const ready = await new Promise((resolve) => {
      let text = '';
      xvfb.stdio[3].on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(true);
      });
      xvfb.on('exit', () => resolve(false));
      setTimeout(() => resolve(false), 15_000).unref();
    });
    if (ready) return { DISPLAY: `:${display}`, XAUTHORITY: xauthority };
    signal(-xvfb.pid, 'SIGKILL');
  }
  throw new Error('no free X display from :99 to :199');
}

/** WebKitWebDriver for one launch profile: its MiniBrowser inherits the profile's GTK settings. */
async function startWebDriver(profile, env, dirs, log) {
  const config = join(dirs.config, `webkit-${profile}`);
  mkdirSync(join(config, 'gtk-3.0'), { recursive: true });
  // `gtk-enable-animations=0` is how GTK, and so WebKitGTK, says "prefers-reduced-motion: reduce".
  writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${profile === 'preferences' ? 0 : 1}\n`);
  // MiniBrowser saves downloads in the XDG download folder (else in $HOME): the run's own.
  writeFileSync(join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${dirs.downloads}"\n`);
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const driver = start('WebKitWebDriver', [`--port=${port}`, '--replace-on-new-session'], { env: { ...env, XDG_CONFIG_HOME: config }, stdio: ['ignore', log, log] });
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100 && driver.exitCode === null; i++) {
      try {
        const response = await fetch(`${url}/status`, { signal: AbortSignal.timeout(1_000) });
        if (response.ok) return url;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    signal(-driver.pid, 'SIGKILL');
  }
  throw new Error('WebKitWebDriver did not start');
}

/** Runs web-test-runner for one engine; resolves with its totals. */
async function runEngine(engine) {
  const dirs = folders(engine);
  const countFile = join(root, engine, 'count.json');
  const env = { ...baseEnv(dirs), CIT_ENGINE: engine, CIT_DOWNLOADS: dirs.downloads, CIT_COUNT_FILE: countFile, CIT_PORT: String(await freePort()) };
  if (engine === 'webkit') {
    const log = openSync(join(root, 'webkit', 'services.log'), 'a');
    // LANG makes navigator.language real (en-US, not "C"); WebKit cannot switch time zones in a
    // running page, so it runs in one with daylight saving.
    const webkitEnv = { ...baseEnv(dirs), LANG: 'en_US.UTF-8', TZ: WEBKIT_TIME_ZONE, ...(await startDisplay(baseEnv(dirs), dirs, log)) };
    delete webkitEnv.LC_ALL;
    const urls = {};
    for (const profile of PROFILES) urls[profile] = await startWebDriver(profile, webkitEnv, dirs, log);
    env.CIT_WEBDRIVER_URLS = JSON.stringify(urls);
  }
  const started = Date.now();
  const wtr = start(process.execPath, [WTR, ...wtrArgs], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  let timedOut = false;
  const limit = setTimeout(() => {
    timedOut = true;
    console.error(`\n${NAMES[engine]}: no result after ${ENGINE_TIME_LIMIT_MS / 60_000} minutes; stopping it`);
    signal(-wtr.pid, 'SIGTERM');
    setTimeout(() => signal(-wtr.pid, 'SIGKILL'), 5_000).unref();
  }, ENGINE_TIME_LIMIT_MS);
  const status = await new Promise((resolve) => wtr.on('exit', (code, sig) => resolve(code ?? (sig ? 1 : 0))));
  clearTimeout(limit);
  const seconds = Math.round((Date.now() - started) / 1000);
  await endEverything(); // the engine's browsers, display and drivers: nothing outlives its run
  let totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
  if (existsSync(countFile)) totals = JSON.parse(readFileSync(countFile, 'utf8'));
  const downloads = readdirSync(dirs.downloads, { recursive: true }).length;
  if (engine === 'webkit' && (status !== 0 || totals.passed === 0)) {
    const log = readFileSync(join(root, 'webkit', 'services.log'), 'utf8').split('\n').filter((line) => line.trim() && !/Locale not supported|fallback 'C' locale/.test(line));
    if (log.length) console.error(`Xvfb and WebKitWebDriver said:\n${log.slice(-20).join('\n')}`);
  }
  // Skipped tests are not allowed in this project: count them as failures, as are files that broke.
  let failed = totals.failed + totals.skipped + totals.sessionErrors;
  if ((status !== 0 || timedOut || totals.passed === 0) && failed === 0) failed = 1;
  console.log(`${NAMES[engine]}: ${totals.passed} passed, ${failed} failed in ${seconds} s (${downloads} calendar files downloaded, into its temporary folder)`);
  if (!process.env.CIT_KEEP_TEMP) rmSync(join(root, engine), { recursive: true, force: true, maxRetries: 3 });
  return { passed: totals.passed, failed };
}

let passed = 0;
let failed = 0;
try {
  for (const engine of chosen) {
    const result = await runEngine(engine).catch((error) => {
      console.error(`${NAMES[engine]}: ${error.message}`);
      return { passed: 0, failed: 1 };
    });
    passed += result.passed;
    failed += result.failed;
    if (interrupted) break;
  }
} finally {
  await endEverything();
  removeFolders();
}
if (interrupted) failed = Math.max(failed, 1);
console.log(`${passed} passed, ${failed} failed`);
process.exit(interrupted ? interrupted.code : failed === 0 && passed > 0 ? 0 : 1);
