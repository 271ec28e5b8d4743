// Saves docs/theme-light.png and docs/theme-dark.png: the demo's themes page (demo/themes.html,
// served under the demo's strict CSP) in each theme, for the README. Run after a build:
//   npm run build && node scripts/theme-screenshots.mjs
import puppeteer from 'puppeteer-core';
import { startServer } from './serve-demo.mjs';

const server = await startServer(0);
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}/demo/themes.html?theme=${theme}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => ['cit-recovery-timeline', 'cit-session-planner'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part="base"]')));
    await page.screenshot({ path: `docs/theme-${theme}.png`, clip: { x: 0, y: 0, width: 1100, height: 900 } });
    console.log(`saved docs/theme-${theme}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
