// Writes each element's API tables into README.md from custom-elements.json (itself generated
// from the elements' JSDoc), between <!-- api:TAG --> and <!-- /api:TAG --> markers, and the
// clinical tables (concerns, conditions, plans, protocol limits) from the engine in src/core,
// between <!-- domain:NAME --> / <!-- protocol-table --> markers, and the version and Subresource
// Integrity hash of every CDN snippet (`<script src="https://cdn.jsdelivr.net/npm/cit-widgets@…"
// integrity="sha384-…">`) from package.json and the built classic script (scripts/sri.mjs).
// With --check, changes nothing and fails if README.md is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
// esbuild comes with @web/dev-server-esbuild; it turns the engine (plain TypeScript, no DOM) into a module Node can run.
import { build } from 'esbuild';
import { CLASSIC_SCRIPT, cdnUrl, integrity } from './sri.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readmePath = 'README.md';
const readme = readFileSync(readmePath, 'utf8');
const check = process.argv.includes('--check');

const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text}\`` : '');

function table(headers, rows) {
  if (!rows.length) return '';
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

function tablesFor(element) {
  const sections = [];
  const attributes = (element.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description]);
  if (attributes.length) sections.push(`**Attributes**\n\n${table(['attribute', 'property', 'type', 'default', 'description'], attributes)}`);
  // Only events documented with @fires: the analyzer also reports the base class's generic emit(name).
  const events = (element.events ?? []).filter((e) => e.description).map((e) => [code(e.name), code(e.type?.text), e.description]);
  if (events.length) sections.push(`**Events** (all bubble and cross shadow roots)\n\n${table(['event', 'type', 'description'], events)}`);
  const slots = (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]);
  if (slots.length) sections.push(`**Slots**\n\n${table(['slot', 'description'], slots)}`);
  const parts = (element.cssParts ?? []).map((p) => [code(`::part(${p.name})`), p.description]);
  if (parts.length) sections.push(`**CSS parts**\n\n${table(['part', 'description'], parts)}`);
  const props = (element.cssProperties ?? []).map((p) => [code(p.name), p.description]);
  if (props.length) sections.push(`**CSS custom properties**\n\n${table(['property', 'description'], props)}`);
  return sections.join('\n\n');
}

const bundled = await build({ entryPoints: ['src/core/index.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
const core = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const sources = (list) => list.join(', ');
const WAIT_RULES = {
  undated: 'until it has passed (no date)',
  'isotretinoin-months': `last dose + ${core.PROTOCOL_LIMITS.waits.isotretinoinMonths.default} months`,
  'recent-treatment-weeks': `that treatment + ${core.PROTOCOL_LIMITS.waits.recentTreatmentWeeks.default} weeks`,
};
const domainTables = {
  concerns: table(
    ['concern', 'outcome', 'plan', 'sources'],
    core.CONCERNS.map((id) => {
      const row = core.CONCERN_TABLE[id];
      return [code(id), code(row.outcome), row.plan ? code(row.plan) : '—', sources(row.sources)];
    }),
  ),
  conditions: table(
    ['condition', 'outcome', 'wait', 'asked about', 'sources'],
    core.CONDITIONS.map((id) => {
      const row = core.CONDITION_TABLE[id];
      return [code(id), code(row.outcome), row.wait ? WAIT_RULES[row.wait] : '—', row.history ? 'history' : 'now', sources(row.sources)];
    }),
  ),
  plans: table(
    ['plan', 'for concerns', 'sessions: default (range)', 'sources'],
    core.PLANS.map((id) => {
      const l = core.PROTOCOL_LIMITS.plans[id];
      return [code(id), core.PLAN_TABLE[id].concerns.map(code).join(', '), `${l.default} (${l.min}–${l.max})`, sources(core.PLAN_TABLE[id].sources)];
    }),
  ),
};
const protocolTable = [
  '| setting | default | allowed |',
  '|---|---:|---|',
  ...Object.entries(core.PROTOCOL_LIMITS).flatMap(([group, settings]) =>
    Object.entries(settings).map(([key, l]) => `| \`${group}.${key}\` | ${l.default} | ${l.min === l.max ? 'fixed' : `${l.min}–${l.max} ${l.unit}`} |`),
  ),
].join('\n');

/** Replaces what lies between two markers; false when a marker is missing. */
function between(text, start, end, content) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

let updated = readme;
const missing = [];
for (const [name, content] of [...Object.entries(domainTables).map(([n, c]) => [`domain:${n}`, c]), ['protocol-table', protocolTable]]) {
  const [start, end] = name === 'protocol-table' ? ['<!-- protocol-table -->', '<!-- /protocol-table -->'] : [`<!-- ${name} -->`, `<!-- /${name} -->`];
  const next = between(updated, start, end, content);
  if (next === undefined) missing.push(name);
  else updated = next;
}
for (const mod of manifest.modules) {
  for (const element of mod.declarations ?? []) {
    if (!element.customElement || !element.tagName) continue;
    const start = `<!-- api:${element.tagName} -->`;
    const end = `<!-- /api:${element.tagName} -->`;
    const from = updated.indexOf(start);
    const to = updated.indexOf(end);
    if (from < 0 || to < from) {
      missing.push(element.tagName);
      continue;
    }
    updated = `${updated.slice(0, from + start.length)}\n${tablesFor(element)}\n${updated.slice(to)}`;
  }
}
// The CDN snippets: the published file at this version, with the hash of the file this build made.
const CDN_SNIPPET = /https:\/\/cdn\.jsdelivr\.net\/npm\/cit-widgets@[^/"]+\/dist\/cit-widgets\.js" integrity="[^"]*"/g;
if (!existsSync(CLASSIC_SCRIPT)) {
  console.error(`${CLASSIC_SCRIPT} is missing: the README's integrity hash is that file's (npm run build).`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const snippet = `${cdnUrl(version, CLASSIC_SCRIPT)}" integrity="${integrity(CLASSIC_SCRIPT)}"`;
if (!updated.match(CDN_SNIPPET)) missing.push('cdn-snippet (a <script src="https://cdn.jsdelivr.net/npm/cit-widgets@…/dist/cit-widgets.js" integrity="…">)');
updated = updated.replace(CDN_SNIPPET, snippet);

if (missing.length) {
  console.error(`README.md has no generated section (<!-- api:TAG --> … <!-- /api:TAG -->, <!-- domain:NAME -->, …) for: ${missing.join(', ')}`);
  process.exit(1);
}
if (check) {
  if (updated !== readme) {
    console.error("README.md's API tables or CDN snippet (version, integrity of the built script) are out of date: run npm run build and commit README.md.");
    process.exit(1);
  }
  console.log('README.md API tables and CDN snippets are up to date.');
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log('README.md API tables and CDN snippets updated from custom-elements.json and the built script.');
}
