// The three engines the tests run in, each launched as one of two profiles:
// - `default`: no motion preference, no forced colours;
// - `preferences`: a patient who asked for reduced motion (all three engines, set at launch) and,
//   where the engine can be launched so, forced colours (Firefox; Chromium emulates it per page).
// Every launcher carries `launch`, what the page can rely on; scripts/emulation-plugin.mjs hands it
// to the tests (test/browser.ts), and refuses emulation an engine cannot really do.
import { existsSync, readdirSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { webkitLauncher } from './webkit-launcher.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Debian's MiniBrowser (package libwebkit2gtk-4.1-0, pulled in by webkit2gtk-driver), in the machine's multiarch folder. */
function miniBrowser() {
  const lib = '/usr/lib';
  const found = existsSync(lib) ? readdirSync(lib).map((dir) => `${lib}/${dir}/webkit2gtk-4.1/MiniBrowser`).find((path) => existsSync(path)) : undefined;
  return found ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

export const EXECUTABLES = {
  chromium: process.env.CHROME_PATH || '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  webkit: process.env.MINIBROWSER_PATH || miniBrowser(),
};

/** The time zone WebKit is launched in (it cannot switch zones in a running page): one with daylight saving. */
export const WEBKIT_TIME_ZONE = 'America/New_York';

const PROFILE_NAMES = ['default', 'preferences'];

/**
 * Puppeteer's WebDriver BiDi keyboard knows `' '` but not `'Space'`, and BiDi has no media-feature
 * emulation: a page proxy maps the key, and accepts a media feature only when asked for as launched.
 */
function firefoxPage(page, launch) {
  const keyName = (key) => (key === 'Space' ? ' ' : key);
  const keyboard = {
    type: (text, options) => page.keyboard.type(text, options),
    press: (key, options) => page.keyboard.press(keyName(key), options),
    down: (key, options) => page.keyboard.down(keyName(key), options),
    up: (key) => page.keyboard.up(keyName(key)),
  };
  return new Proxy(page, {
    get(target, property) {
      if (property === 'keyboard') return keyboard;
      if (property === 'emulateMediaFeatures') {
        return async (features = []) => {
          for (const { name, value } of features) {
            const launched = name === 'prefers-reduced-motion' ? (launch.reducedMotion ? 'reduce' : 'no-preference') : name === 'forced-colors' ? (launch.forcedColors ? 'active' : 'none') : undefined;
            if (launched === undefined || (value && value !== launched)) {
              throw new Error(`Firefox cannot switch ${name} to ${value} in a running page (WebDriver BiDi has no media emulation; it is ${launched ?? 'not emulated'}, set at launch): see the README on tests in only some engines`);
            }
          }
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * @param {'chromium' | 'firefox' | 'webkit'} engine
 * @param {'default' | 'preferences'} profile
 * @param {{ downloads: string, webdriverUrls?: Record<string, string> }} where
 */
export function launcher(engine, profile, { downloads, webdriverUrls = {} }) {
  if (!PROFILE_NAMES.includes(profile)) throw new Error(`unknown launch profile ${profile}`);
  const preferences = profile === 'preferences';
  if (engine === 'chromium') {
    const launch = { engine, profile, reducedMotion: preferences, forcedColors: false, timeZone: null };
    const browser = chromeLauncher({
      launchOptions: {
        executablePath: EXECUTABLES.chromium,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          '--disable-quic',
          ...(preferences ? ['--force-prefers-reduced-motion'] : []),
        ],
        downloadBehavior: { policy: 'allow', downloadPath: downloads },
      },
    });
    return Object.assign(browser, { name: 'Chromium', launch });
  }
  if (engine === 'firefox') {
    const launch = { engine, profile, reducedMotion: preferences, forcedColors: preferences, timeZone: null };
    const browser = chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: EXECUTABLES.firefox,
        headless: true,
        timeout: 90_000, // a cold start on two busy cores can take 20 s
        extraPrefsFirefox: {
          // A finished download must not open the downloads panel: it takes the keyboard focus.
          'browser.download.alwaysOpenPanel': false,
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'ui.prefersReducedMotion': preferences ? 1 : 0,
          // "Override the colours specified by the page: always": Firefox's forced colours mode.
          'browser.display.document_color_use': preferences ? 2 : 0,
        },
      },
    });
    const getPage = browser.getPage.bind(browser);
    browser.getPage = (sessionId) => firefoxPage(getPage(sessionId), launch);
    return Object.assign(browser, { launch });
  }
  if (engine === 'webkit') {
    const launch = { engine, profile, reducedMotion: preferences, forcedColors: false, timeZone: WEBKIT_TIME_ZONE };
    const webdriverUrl = webdriverUrls[profile];
    if (!webdriverUrl) throw new Error('WebKit runs through `npm test -- --browsers webkit`, which starts its virtual display and WebKitWebDriver');
    return webkitLauncher({ webdriverUrl, binary: EXECUTABLES.webkit, launch });
  }
  throw new Error(`unknown engine ${engine}: use one of ${ENGINES.join(', ')}`);
}
