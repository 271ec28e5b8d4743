// Writes each element's API tables into README.md from custom-elements.json (itself generated
// from the elements' JSDoc), between <!-- api:TAG --> and <!-- /api:TAG --> markers.
// With --check, changes nothing and fails if README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

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

let updated = readme;
const missing = [];
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
if (missing.length) {
  console.error(`README.md has no <!-- api:TAG --> … <!-- /api:TAG --> section for: ${missing.join(', ')}`);
  process.exit(1);
}
if (check) {
  if (updated !== readme) {
    console.error('README.md API tables are out of date: run npm run build and commit README.md.');
    process.exit(1);
  }
  console.log('README.md API tables are up to date.');
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log('README.md API tables updated from custom-elements.json.');
}
