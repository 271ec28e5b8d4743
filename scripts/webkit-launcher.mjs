// A @web/test-runner browser launcher for WebKitGTK's MiniBrowser, over classic W3C WebDriver
// (`WebKitWebDriver`, started by scripts/test.mjs under Xvfb), spoken with plain `fetch`.
//
// Why not @web/test-runner-webdriver: it needs webdriverio (about 200 packages, and an override so
// its puppeteer-core matches ours) forced to classic WebDriver, because Debian's WebKitWebDriver
// refuses WebDriver BiDi; and its keyboard and viewport support is narrower than the tests need
// (no key down/up, no viewport). The handful of endpoints used here (session, url, execute, window
// rect, actions) are a small, stable part of the W3C spec.
//
// The launcher says `type = 'puppeteer'` so that the runner's stock commands (sendKeys,
// setViewport, emulateMedia) call `getPage(id)`; what it returns is an adapter with the few
// methods of a puppeteer Page those commands use, done over WebDriver. What WebKitGTK fixes at
// launch (the time zone, reduced motion, no forced colours) is accepted when asked for as launched,
// and refused with a reason otherwise, so that no test believes it changed something it did not.

/** Puppeteer key names the tests use, as WebDriver key code points. */
const KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
};

function keyValue(key) {
  if (key in KEYS) return KEYS[key];
  if ([...key].length === 1) return key;
  throw new Error(`WebKit launcher: no WebDriver key for "${key}"`);
}

/** The narrowest window WebKitGTK's MiniBrowser makes: narrower layouts are checked in iframes. */
export const WEBKIT_MIN_WIDTH = 447;

class WebDriverError extends Error {}

/** One WebDriver session: every command waits for the one before (WebKitWebDriver runs one at a time). */
class WebDriverSession {
  #url;
  #id;
  #queue = Promise.resolve();

  constructor(url, id) {
    this.#url = url;
    this.#id = id;
  }

  static async create(url, capabilities, timeoutMs) {
    const value = await request(url, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } }, timeoutMs);
    return new WebDriverSession(url, value.sessionId);
  }

  command(method, path, body, timeoutMs = 120_000) {
    const run = this.#queue.then(() => request(this.#url, method, `/session/${this.#id}${path}`, body, timeoutMs));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  execute(script, args = []) {
    return this.command('POST', '/execute/sync', { script, args });
  }

  delete() {
    return this.command('DELETE', '', undefined, 10_000);
  }
}

async function request(base, method, path, body, timeoutMs) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const { value } = await response.json();
  if (!response.ok || (value && typeof value === 'object' && 'error' in value)) {
    throw new WebDriverError(`WebDriver ${method} ${path}: ${value?.error ?? response.status}: ${value?.message ?? ''}`);
  }
  return value;
}

/** The puppeteer Page methods the runner's stock commands and scripts/emulation-plugin.mjs call. */
class WebKitPage {
  #session;
  #launch;

  constructor(session, launch) {
    this.#session = session;
    this.#launch = launch;
    const keyActions = (actions) => this.#session.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    this.keyboard = {
      type: (text) => keyActions([...text].flatMap((c) => [{ type: 'keyDown', value: keyValue(c) }, { type: 'keyUp', value: keyValue(c) }])),
      press: (key) => keyActions([{ type: 'keyDown', value: keyValue(key) }, { type: 'keyUp', value: keyValue(key) }]),
      // WebDriver keeps a key held between commands, until it is released or the actions reset.
      down: (key) => keyActions([{ type: 'keyDown', value: keyValue(key) }]),
      up: (key) => keyActions([{ type: 'keyUp', value: keyValue(key) }]),
    };
  }

  /** Sizes the window so that the page's viewport is `width` × `height`. */
  async setViewport({ width, height }) {
    if (width < WEBKIT_MIN_WIDTH) {
      throw new Error(`WebKitGTK's window is at least ${WEBKIT_MIN_WIDTH} px wide, so a ${width} px viewport cannot be set: check the layout in an iframe that wide (test/frame.ts)`);
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const [innerWidth, innerHeight, outerWidth, outerHeight] = await this.#session.execute('return [innerWidth, innerHeight, outerWidth, outerHeight]');
      if (innerWidth === width && innerHeight === height) return;
      await this.#session.command('POST', '/window/rect', { width: width + outerWidth - innerWidth, height: height + outerHeight - innerHeight });
    }
    const [innerWidth, innerHeight] = await this.#session.execute('return [innerWidth, innerHeight]');
    if (innerWidth !== width || innerHeight !== height) throw new Error(`WebKit: asked for a ${width}×${height} viewport, got ${innerWidth}×${innerHeight}`);
  }

  async emulateMediaFeatures(features = []) {
    for (const { name, value } of features) {
      const launched = name === 'prefers-reduced-motion' ? (this.#launch.reducedMotion ? 'reduce' : 'no-preference') : name === 'forced-colors' ? 'none' : undefined;
      if (launched === undefined || (value && value !== launched)) {
        throw new Error(`WebKitGTK cannot switch ${name} to ${value} in a running page (it is ${launched ?? 'not emulated'}, fixed at launch): see the README on tests in only some engines`);
      }
    }
  }

  async emulateMediaType(type) {
    if (type) throw new Error('WebKit launcher: media type emulation is not available over WebDriver');
  }

  async emulateTimezone(zone) {
    if (zone && zone !== this.#launch.timeZone) {
      throw new Error(`WebKitGTK's time zone is fixed at launch (${this.#launch.timeZone}); ${zone} cannot be set in a running page`);
    }
  }
}

/**
 * @param {{ webdriverUrl: string, binary: string, name?: string, launch: { reducedMotion: boolean, timeZone: string }, startTimeout?: number }} options
 */
export function webkitLauncher(options) {
  const { webdriverUrl, binary, launch, startTimeout = 60_000 } = options;
  /** How long one test page may take to load before the browser is replaced (within the runner's browserStartTimeout). */
  const NAVIGATION_TIMEOUT = 40_000;
  let session;
  let sessionPromise;
  let page;
  let activeId;
  let config;

  async function getSession() {
    sessionPromise ??= (async () => {
      // The driver may still be starting: it answers /status once it listens.
      const deadline = Date.now() + startTimeout;
      for (;;) {
        try {
          await request(webdriverUrl, 'GET', '/status', undefined, 2_000);
          break;
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`WebKitWebDriver at ${webdriverUrl} did not answer: ${error.message}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      session = await WebDriverSession.create(
        webdriverUrl,
        { browserName: 'MiniBrowser', pageLoadStrategy: 'eager', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } },
        startTimeout,
      );
      page = new WebKitPage(session, launch);
      return session;
    })();
    return sessionPromise;
  }

  return {
    name: options.name ?? 'WebKit',
    type: 'puppeteer',
    concurrency: 1, // one window, one page: WebKitWebDriver drives one session at a time
    launch,
    async initialize(c) {
      config = c;
    },
    async startSession(id, url) {
      activeId = id;
      for (let attempt = 1; ; attempt++) {
        await getSession();
        try {
          await page.setViewport({ width: 800, height: 600 });
          await session.command('POST', '/url', { url }, NAVIGATION_TIMEOUT);
          return;
        } catch (error) {
          if (attempt === 2) throw error;
          // Now and then WebKitGTK never finishes loading a test page (seen twice in some twenty
          // runs, never the same file twice in a row): a new browser, which the driver puts in
          // place of the stuck one, and one more try, rather than failing the whole file.
          console.warn(`WebKit: ${error.message}; starting a new browser and loading the page again`);
          sessionPromise = undefined;
        }
      }
    },
    isActive(id) {
      return activeId === id;
    },
    getBrowserUrl() {
      return session.command('GET', '/url');
    },
    async stopSession(id) {
      if (activeId !== id) throw new Error(`WebKit: session ${id} is not running`);
      let testCoverage;
      try {
        testCoverage = await session.execute('return window.__coverage__ ?? null');
      } catch {
        // the test navigated away
      }
      // A blank page stops the tests' timers; held keys are released for the next file.
      await session.command('DELETE', '/actions').catch(() => undefined);
      await session.command('POST', '/url', { url: 'about:blank' });
      activeId = undefined;
      return { testCoverage: config?.coverage ? (testCoverage ?? undefined) : undefined };
    },
    getPage(id) {
      if (activeId !== id || !page) throw new Error(`WebKit: no page for session ${id}`);
      return page;
    },
    async startDebugSession() {
      throw new Error('WebKit launcher: no debug mode; run `npm test -- --browsers webkit` and read the output');
    },
    async stop() {
      await session?.delete().catch(() => undefined);
    },
  };
}
