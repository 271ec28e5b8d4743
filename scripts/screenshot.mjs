// Development aid: opens a page in Debian's Chromium, prints console messages and CSP violations,
// and saves a screenshot. Usage: node scripts/screenshot.mjs URL out.png [width] [--full]
import puppeteer from 'puppeteer-core';

const [url = 'http://127.0.0.1:8080/', out = 'screenshot.png', width = '1024'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const page = await browser.newPage();
await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
page.on('console', (m) => console.log(`console.${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
await page.evaluateOnNewDocument(() => {
  document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
});
await page.goto(url, { waitUntil: 'networkidle0' });
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
console.log(`saved ${out}`);
