// npm run build:wordpress: the WordPress plugin as an installable zip (Plugins → Add New → Upload).
// Stages wordpress/cit-widgets/ with the built kit (the one-tag script and the chunks it loads from
// the folder beside it) and build.json (version, the script's content hash, and every element's documented attributes from custom-elements.json), then zips it to
// dist/cit-widgets-wordpress.zip with a top-level cit-widgets/ folder, as WordPress expects.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chunkLists } from './kit-chunks.mjs';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const kit = readFileSync('dist/cit-widgets.js');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const attributesOf = (d) =>
  (d.attributes ?? []).map((a) => ({ name: a.name, boolean: a.type?.text === 'boolean', description: (a.description ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim() }));
const titles = {
  'cit-candidacy-check': 'Microneedling suitability check',
  'cit-session-planner': 'Microneedling session planner',
  'cit-recovery-timeline': 'Microneedling recovery timeline',
};
const elements = {};
let clinic;
for (const d of declarations) {
  const summary = (d.summary ?? d.description ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();
  if (d.tagName === 'cit-clinic') {
    clinic = { attributes: attributesOf(d) };
    continue;
  }
  if (!titles[d.tagName]) throw new Error(`no block title for ${d.tagName}`);
  elements[d.tagName] = {
    shortcode: d.tagName.replace(/-/g, '_'),
    block: `cit-widgets/${d.tagName.replace(/^cit-/, '')}`,
    title: titles[d.tagName],
    description: summary,
    attributes: attributesOf(d),
  };
}
if (!clinic || Object.keys(elements).length !== 3) throw new Error('custom-elements.json lacks the clinic or a widget: run npm run build first');

const stage = 'dist/wordpress/cit-widgets';
rmSync('dist/wordpress', { recursive: true, force: true });
mkdirSync('dist/wordpress', { recursive: true });
cpSync('wordpress/cit-widgets', stage, { recursive: true });
mkdirSync(join(stage, 'assets'), { recursive: true });
writeFileSync(join(stage, 'assets/cit-widgets.js'), kit);
// The chunks, without source maps. The script's hash covers them: it names each by its content hash.
cpSync('dist/cit-widgets', join(stage, 'assets/cit-widgets'), { recursive: true, filter: (src) => !src.endsWith('.map') });
const assetHash = createHash('sha256').update(kit).digest('hex').slice(0, 10);
// What the block editor's controls offer: the kit's languages (a file of shared words each) and the
// concerns with their English names, read from the sources so that they never drift.
const languages = ['en', ...readdirSync('src/i18n/messages').filter((f) => f.endsWith('.ts') && f !== 'en.ts').map((f) => f.slice(0, -3))];
const english = readFileSync('src/i18n/messages/en.ts', 'utf8');
const concerns = Object.fromEntries([...english.matchAll(/'concern\.([\w-]+)': '([^']+)'/g)].map((m) => [m[1], m[2]]));
if (Object.keys(concerns).length < 10) throw new Error('build-wordpress: the concerns were not found in src/i18n/messages/en.ts');
// The files the loader fetches for each element: a rendered widget hints them (modulepreload).
const chunks = chunkLists();
writeFileSync(join(stage, 'build.json'), `${JSON.stringify({ version, assetHash, clinic, elements, languages, concerns, chunks }, null, 2)}\n`);

// One block.json per block (the block API's metadata, read by PHP and the editor alike).
const BLOCKS = {
  'cit-candidacy-check': { icon: 'yes-alt', keywords: ['microneedling', 'collagen', 'questionnaire', 'quiz', 'suitability', 'consultation', 'skin'], example: {} },
  'cit-session-planner': { icon: 'calendar-alt', keywords: ['microneedling', 'collagen', 'booking', 'appointment', 'price', 'course', 'calendar'], example: { concerns: 'acne-scars', start: '2027-01-04' } },
  'cit-recovery-timeline': { icon: 'clock', keywords: ['microneedling', 'collagen', 'aftercare', 'recovery', 'healing', 'red flags'], example: { treated_at: '2027-01-04T15:00', now: '2027-01-06T09:00' } },
};
const attributeSchema = (attributes) =>
  Object.fromEntries(attributes.filter((a) => !['today', 'now'].includes(a.name)).map((a) => [a.name.replace(/-/g, '_'), { type: a.boolean ? 'boolean' : 'string' }]));
const supports = { html: false, anchor: true, customClassName: true, align: ['wide', 'full'], spacing: { margin: true, padding: true } };
const writeBlock = (folder, json) => {
  mkdirSync(join(stage, 'blocks', folder), { recursive: true });
  writeFileSync(join(stage, 'blocks', folder, 'block.json'), `${JSON.stringify({ $schema: 'https://schemas.wp.org/trunk/block.json', apiVersion: 3, category: 'widgets', textdomain: 'cit-widgets', editorScript: 'cit-widgets-blocks', ...json }, null, 2)}\n`);
};
for (const [tag, element] of Object.entries(elements)) {
  const extra = BLOCKS[tag];
  writeBlock(tag.replace(/^cit-/, ''), {
    name: element.block,
    title: element.title,
    description: element.description,
    icon: extra.icon,
    keywords: extra.keywords,
    attributes: attributeSchema(element.attributes),
    supports,
    usesContext: ['cit-widgets/clinic'],
    example: { attributes: extra.example },
  });
}
writeBlock('clinic', {
  name: 'cit-widgets/clinic',
  title: 'Microneedling clinic',
  description: 'Holds microneedling widgets that share one clinic: a suitability check’s answers start the session planner beside it. Its settings default to Settings → CIT widgets.',
  icon: 'building',
  keywords: ['microneedling', 'clinic', 'collagen', 'widgets', 'booking'],
  attributes: { ...attributeSchema(clinic.attributes), clinic: { type: 'boolean', default: true } },
  providesContext: { 'cit-widgets/clinic': 'clinic' },
  supports,
  example: { innerBlocks: [{ name: 'cit-widgets/candidacy-check' }] },
});
// The kit's files without their source-map comments: the zip ships no maps.
for (const file of [join(stage, 'assets/cit-widgets.js'), ...readdirSync(join(stage, 'assets/cit-widgets')).map((name) => join(stage, 'assets/cit-widgets', name))]) {
  if (file.endsWith('.js')) writeFileSync(file, readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
}

// languages/cit-widgets.pot: every translatable string of the PHP, the editor script and the
// blocks' metadata (Debian's gettext extracts the code; block.json's strings are added with the
// contexts WordPress looks them up by).
mkdirSync(join(stage, 'languages'), { recursive: true });
const pot = join(stage, 'languages/cit-widgets.pot');
const keywords = ['__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e', '_x:1,2c', '_n:1,2'].map((k) => `--keyword=${k}`);
const xgettext = (args) => {
  try {
    execFileSync('xgettext', ['--from-code=UTF-8', '--add-comments=translators:', '--package-name=cit-widgets', `--package-version=${version}`, '--no-wrap', ...keywords, ...args], { cwd: stage, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    throw new Error(`build-wordpress: xgettext failed (install Debian's gettext): ${error.stderr ?? error.message}`);
  }
};
const phpFiles = ['cit-widgets.php', 'uninstall.php', ...readdirSync(join(stage, 'includes')).map((f) => `includes/${f}`)];
xgettext(['--language=PHP', '-o', 'languages/cit-widgets.pot', ...phpFiles]);
xgettext(['--language=JavaScript', '-j', '-o', 'languages/cit-widgets.pot', 'assets/blocks.js']);
const escapePo = (text) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const blockStrings = readdirSync(join(stage, 'blocks')).flatMap((folder) => {
  const block = JSON.parse(readFileSync(join(stage, 'blocks', folder, 'block.json'), 'utf8'));
  return [['block title', block.title], ['block description', block.description], ...block.keywords.map((k) => ['block keyword', k])];
});
const seen = new Set();
const entries = blockStrings.filter(([context, text]) => !seen.has(`${context}\u0004${text}`) && seen.add(`${context}\u0004${text}`));
writeFileSync(pot, `${readFileSync(pot, 'utf8').replace('charset=CHARSET', 'charset=UTF-8')}\n${entries.map(([context, text]) => `#: block.json\nmsgctxt "${context}"\nmsgid "${escapePo(text)}"\nmsgstr ""\n`).join('\n')}`);

const setVersion = (file, pattern) => writeFileSync(join(stage, file), readFileSync(join(stage, file), 'utf8').replace(pattern, (_, label) => `${label}${version}`));
setVersion('cit-widgets.php', /^( \* Version:\s+).*$/m);
setVersion('readme.txt', /^(Stable tag:\s+).*$/m);

/** A zip archive (deflate, no extras) of every file under `dir`, named from `base`. */
function zip(dir, base) {
  const files = [];
  const walk = (path) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(dir);
  const locals = [];
  const centrals = [];
  let offset = 0;
  // A fixed timestamp (2026-01-01 00:00): the same sources give the same zip.
  const time = 0;
  const date = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const file of files) {
    const name = Buffer.from(relative(base, file).split('\\').join('/'));
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    // The fields local and central headers share, in the same order: version needed, flags,
    // method, time, date, CRC, sizes, name length, extra length.
    const shared = (header, at) => {
      header.writeUInt16LE(20, at);
      header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(date, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(packed.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    shared(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made on Unix: the attributes below are a file mode
    shared(central, 6);
    central.writeUInt32LE(0o100644 * 0x10000, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const archive = zip(stage, 'dist/wordpress');
writeFileSync('dist/cit-widgets-wordpress.zip', archive);
console.log(`dist/cit-widgets-wordpress.zip: ${archive.length} bytes, plugin ${version}, kit ${assetHash}`);
