// A test-runner command for emulating `forced-colors` (Windows High Contrast) in Chromium. The
// stock emulateMedia command passes `prefers-reduced-motion` to Chromium but not `forced-colors`.
// In a test: executeServerCommand('emulate-forced-colors', 'active' | 'none').
export function forcedColorsPlugin() {
  return {
    name: 'cit-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload === 'active' ? 'active' : 'none' }]);
      return true;
    },
  };
}
