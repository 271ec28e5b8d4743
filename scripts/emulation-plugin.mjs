// Test-runner commands the stock ones lack, for Chromium:
// - executeServerCommand('emulate-forced-colors', 'active' | 'none'): Windows High Contrast (the
//   stock emulateMedia passes `prefers-reduced-motion` to Chromium but not `forced-colors`);
// - executeServerCommand('emulate-timezone', 'America/New_York' | ''): the page's time zone.
export function emulationPlugin() {
  return {
    name: 'cit-emulation',
    async executeCommand({ command, payload, session }) {
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
