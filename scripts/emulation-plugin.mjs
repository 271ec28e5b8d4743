// Test-runner commands the stock ones lack:
// - executeServerCommand('cit-browser'): which engine the page runs in and what it was launched
//   with (scripts/browsers.mjs), so that a test an engine cannot run is not registered there
//   (test/browser.ts) rather than skipped;
// - executeServerCommand('emulate-forced-colors', 'active' | 'none'): Windows High Contrast (the
//   stock emulateMedia passes `prefers-reduced-motion` but not `forced-colors`);
// - executeServerCommand('emulate-timezone', 'America/New_York' | ''): the page's time zone.
// Chromium emulates both per page (CDP), Firefox the time zone (WebDriver BiDi); otherwise the
// engine's page adapter accepts only what it was launched with, and throws for anything else.
export function emulationPlugin() {
  return {
    name: 'cit-emulation',
    async executeCommand({ command, payload, session }) {
      if (command === 'cit-browser') {
        return session.browser.launch ?? { engine: 'chromium', profile: 'default', reducedMotion: false, forcedColors: false, timeZone: null };
      }
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-forced-colors') {
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload === 'active' ? 'active' : 'none' }]);
        return true;
      }
      if (command === 'emulate-timezone') {
        await page.emulateTimezone(payload || undefined);
        return true;
      }
      return undefined;
    },
  };
}
