// npm run test:storybook: the built Storybook (storybook-static/, `npm run build-storybook`) as a
// developer sees it, in Chromium: each element has a docs page generated from custom-elements.json,
// with its summary and a row for each documented attribute (with a control), and no row for the
// internals the analyzer also lists (private, protected and `#` members, undocumented fields, the
// base class's generic event); only attributes and the stories' own arguments have controls.
// Ends with `N passed, N failed` alone on its line.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { publicDeclaration } from './public-api.mjs';
import { checks } from './checks.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const STATIC = join(ROOT, 'storybook-static');
if (!existsSync(join(STATIC, 'index.json')) || !existsSync(join(ROOT, 'custom-elements.json'))) {
  console.error('storybook-static/ or custom-elements.json is missing: run npm run build-storybook first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(STATIC, pathname === '/' ? 'index.html' : pathname));
  try {
    if (!file.startsWith(STATIC)) throw new Error('outside');
    const body = readFileSync(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--lang=en-US'],
});

const { check, counts } = checks();
const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** The rows of a docs page's argument tables: name, and whether the row has a control. */
async function rowsOf(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.docblock-argstable tbody tr')]
      .map((tr) => [...tr.children])
      // Section and subsection rows (a category's toggle) span the table: one cell.
      .filter((cells) => cells.length >= 3)
      .map((cells) => ({
        name: cells[0].textContent?.replace(/\*$/, '').trim() ?? '',
        control: Boolean(cells.at(-1)?.querySelector('input, textarea, select, button')),
      })),
  );
}

try {
  for (const mod of manifest.modules) {
    for (const raw of mod.declarations ?? []) {
      if (!raw.customElement || !raw.tagName) continue;
      const tag = raw.tagName;
      const api = publicDeclaration(raw);
      console.log(`<${tag}>:`);
      const entry = Object.values(index.entries).find((e) => e.type === 'docs' && e.title.endsWith(`/${tag}`));
      await check('has a docs page', () => expect(entry, `no docs entry for ${tag} in storybook-static/index.json`));
      if (!entry) continue;
      const page = await browser.newPage();
      await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load' });
      await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 20_000 }).catch(() => undefined);
      const rows = await rowsOf(page);
      const text = await page.evaluate(() => document.querySelector('.sbdocs-content, #storybook-docs')?.textContent?.replace(/\s+/g, ' ') ?? '');
      const names = new Set(rows.map((r) => r.name));

      await check("shows the element's summary from the manifest", () => {
        const summary = (raw.summary ?? '').replace(/\s+/g, ' ').trim();
        expect(summary && text.includes(summary.slice(0, 60)), `summary not on the page: “${summary.slice(0, 60)}…”`);
      });
      await check('lists every documented attribute, each with a control', () => {
        const missing = (api.attributes ?? []).filter((a) => !rows.some((r) => r.name === a.name && r.control)).map((a) => a.name);
        expect(!missing.length, `attributes without a row and control: ${missing.join(', ')}`);
      });
      await check('lists its documented properties, events, CSS parts and custom properties, without controls', () => {
        const documented = [...api.members.map((m) => m.name), ...api.events.map((e) => e.name), ...(api.cssParts ?? []).map((p) => `::part(${p.name})`), ...(api.cssProperties ?? []).map((p) => p.name)];
        const missing = documented.filter((n) => !names.has(n));
        expect(!missing.length, `not listed: ${missing.join(', ')}`);
        const controlled = rows.filter((r) => r.control && documented.includes(r.name)).map((r) => r.name);
        expect(!controlled.length, `a control for what only documents: ${controlled.join(', ')}`);
      });
      await check('shows no internals (private, protected, # or undocumented members, the generic event)', () => {
        const publicNames = new Set([...api.members.map((m) => m.name), ...(api.attributes ?? []).map((a) => a.name), ...api.events.map((e) => e.name)]);
        const internals = [...(raw.members ?? []).map((m) => m.name), ...(raw.events ?? []).map((e) => e.name)].filter((n) => !publicNames.has(n));
        // Attribute-backed properties are the attributes' rows: their property names must not be rows of their own.
        const backing = (api.attributes ?? []).filter((a) => a.fieldName && a.fieldName !== a.name).map((a) => a.fieldName);
        const shown = [...internals, ...backing].filter((n) => names.has(n));
        expect(internals.length > 0, 'the manifest lists no internals: nothing was checked');
        expect(!shown.length, `internals on the docs page: ${shown.join(', ')}`);
      });
      await check("has controls only for attributes and the stories' own arguments", () => {
        const known = new Set([...(raw.members ?? []).map((m) => m.name), ...(raw.events ?? []).map((e) => e.name)]);
        const attributes = new Set((api.attributes ?? []).map((a) => a.name));
        const wrong = rows.filter((r) => r.control && !attributes.has(r.name) && known.has(r.name)).map((r) => r.name);
        expect(!wrong.length, `controls for members that are not attributes: ${wrong.join(', ')}`);
      });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
