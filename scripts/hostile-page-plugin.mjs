// A Vite/Rolldown plugin that keeps the kit's dependencies off the host page's globals. Lit and zod
// write to `globalThis` when they load (version lists, a metadata map, a config object, Lit's
// Trusted Types policy): a page that froze or pre-set those, or whose CSP does not allow the
// `lit-html` policy, made the whole kit fail to load. Each patch below replaces one such write with
// a module-local value, and fails the build if the dependency's code no longer matches, so an
// upgrade cannot silently undo it. README ("Notes on dependencies") lists them, as reported upstream.
import { fileURLToPath } from 'node:url';

const trustedTypes = fileURLToPath(new URL('../src/trusted-types.ts', import.meta.url));

/** Every `for (const key in object) {` in a zod module, as a loop over the object's own keys. */
const OWN_KEYS = [/for \(const (\w+) in ([\w.]+)\) \{/g, 'for (const $1 of __citOwnKeys($2)) {', 'for…in loops'];
const OWN_KEYS_HELPER = 'const __citOwnKeys = (object) => (object == null ? [] : Object.keys(object));';

/** [file suffix, [pattern, replacement, what][], code to put first]. Lit's patterns are its production build's minified text. */
const PATCHES = [
  [
    '/lit-html/lit-html.js',
    [
      // The policy is made on first use, under the kit's name (src/trusted-types.ts), not at load as `lit-html`.
      [/(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/, '{createHTML:__citCreateTemplateHTML}', "Lit's Trusted Types policy"],
      [/\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]+"\)/, 'void 0', 'globalThis.litHtmlVersions'],
    ],
    `import { createTemplateHTML as __citCreateTemplateHTML } from ${JSON.stringify(trustedTypes)};`,
  ],
  [
    '/@lit/reactive-element/reactive-element.js',
    [
      // Our legacy decorators never read the metadata map; a local one replaces the global for the read that remains.
      [/Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/, ';', 'Symbol.metadata and globalThis.litPropertyMetadata'],
      [/\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/, 'void 0', 'globalThis.reactiveElementVersions'],
      // Property options and accessor descriptors without a prototype: `Object.prototype.converter`,
      // `.state` or `.value` on the page would otherwise become every property's option or break
      // `defineProperty` (the elements never registered).
      [/static createProperty\((\w+),(\w+)=(\w+)\)\{/, 'static createProperty($1,$2=$3){$2={__proto__:null,...$2};', 'property options from Object.prototype'],
      [/return\{get:(\w+),set\((\w+)\)\{/, 'return{__proto__:null,get:$1,set($2){', 'accessor descriptor from Object.prototype'],
    ],
    'const litPropertyMetadata = new WeakMap();',
  ],
  [
    '/lit-element/lit-element.js',
    [
      [/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/, 'void 0', 'globalThis.litElementVersions'],
      // `renderBefore`, `creationScope` … read from render options the page's Object.prototype cannot supply.
      [/this\.renderOptions=\{host:this\}/, 'this.renderOptions={__proto__:null,host:this}', 'render options from Object.prototype'],
    ],
  ],
  [
    '/zod/v4/core/core.js',
    [
      // zod's settings live on globalThis, shared with any zod the host page has: ours stay ours.
      [/\(_a = globalThis\)\.__zod_globalConfig \?\? \(_a\.__zod_globalConfig = \{\}\);\s*export const globalConfig = globalThis\.__zod_globalConfig;/, 'export const globalConfig = {};', 'globalThis.__zod_globalConfig'],
      [/globalThis\.__zod_globalConfig\?\.postProcessor/, 'globalConfig.postProcessor', 'globalThis.__zod_globalConfig (read)'],
      OWN_KEYS,
    ],
    OWN_KEYS_HELPER,
  ],
  // `for…in` also walks enumerable properties a page added to Object.prototype: zod then read
  // `undefined` descriptors while building its schemas (the kit failed to load) and reported the
  // page's properties as unknown fields of every input. Own keys are what zod means.
  ['/zod/v4/core/schemas.js', [OWN_KEYS], OWN_KEYS_HELPER],
  ['/zod/v4/core/util.js', [OWN_KEYS], OWN_KEYS_HELPER],
];

/** The package a patch's file belongs to: `lit-html`, `@lit/reactive-element`, `zod`. */
const packageOf = (suffix) => suffix.split('/').slice(1, suffix.startsWith('/@') ? 3 : 2).join('/');

export function hostilePagePlugin() {
  const applied = new Set();
  const packagesSeen = new Set();
  return {
    name: 'cit-hostile-page',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0].replaceAll('\\', '/');
      for (const [suffix] of PATCHES) if (path.includes(`node_modules/${packageOf(suffix)}/`)) packagesSeen.add(packageOf(suffix));
      const patch = PATCHES.find(([suffix]) => path.endsWith(`node_modules${suffix}`));
      if (!patch) return null;
      const [suffix, replacements, prefix] = patch;
      let out = code;
      for (const [pattern, replacement, what] of replacements) {
        pattern.lastIndex = 0;
        if (!pattern.test(out)) this.error(`hostile-page patch for ${what} no longer matches ${suffix}: update scripts/hostile-page-plugin.mjs`);
        out = out.replace(pattern, replacement);
      }
      applied.add(suffix);
      return { code: prefix ? `${prefix}\n${out}` : out, map: null };
    },
    // Rolldown's own helper that builds a module namespace object (for a chunk loaded with
    // import()) walks the exports with for…in and defines each with a plain descriptor: a page's
    // Object.prototype properties became exports (with a string as their getter, which throws).
    renderChunk(code) {
      // Only the loop's head and the descriptor change: the statement keeps its own braces or none.
      const pattern = /for\s*\(var (\w+) in (\w+)\)(\s*\{?\s*)(\w+)\((\w+),(\s*)\1,\s*\{(\s*)get:(\s*)\2\[\1\],/g;
      if (!pattern.test(code)) return null;
      return { code: code.replace(pattern, 'for (var $1 of Object.keys($2))$3$4($5,$6$1, {$7__proto__: null, get:$8$2[$1],'), map: null };
    },
    buildEnd(error) {
      if (error) return;
      // A package in the build whose patched file never came through has moved its code: the patch must follow.
      const missing = PATCHES.map(([suffix]) => suffix).filter((s) => packagesSeen.has(packageOf(s)) && !applied.has(s));
      if (missing.length) this.error(`hostile-page patches not applied (module not in the build?): ${missing.join(', ')}`);
    },
  };
}

/**
 * Every object literal in the kit's own code (`src/`) gets `__proto__: null`. A page that added
 * `Object.prototype.concerns`, `.sessions`, `.timeZone` … would otherwise reach every read of an
 * option the kit left out (an engine input, a result field, an Intl or event option): with no
 * prototype, what the kit did not write is `undefined`. Data from outside (JSON, zod's results)
 * is copied the same way by `ownData` (src/core/validate.ts).
 */
export function nullPrototypeLiteralsPlugin() {
  return {
    name: 'cit-null-prototype-literals',
    // After TypeScript is stripped (a normal-phase plugin sees JavaScript).
    async transform(code, id) {
      const path = id.split('?')[0].replaceAll('\\', '/');
      if (!/\/src\/.*\.[cm]?[jt]s$/.test(path) || path.includes('/node_modules/')) return null;
      // Message catalogs are complete records read by their own keys (types and a test keep them whole).
      if (/\.messages\.ts$|\/i18n\/[a-z]{2}(-[A-Z]{2})?\.ts$/.test(path)) return null;
      const { parseAst } = await import('vite');
      const inserts = [];
      (function walk(node) {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'ObjectExpression' && !node.properties.some((p) => p.type === 'Property' && !p.computed && (p.key.name ?? p.key.value) === '__proto__')) {
          inserts.push(node.start + 1);
        }
        for (const key of Object.keys(node)) {
          const child = node[key];
          if (Array.isArray(child)) child.forEach(walk);
          else if (child && typeof child === 'object' && typeof child.type === 'string') walk(child);
        }
      })(parseAst(code));
      if (!inserts.length) return null;
      let out = code;
      for (const at of inserts.sort((a, b) => b - a)) out = `${out.slice(0, at)}__proto__:null,${out.slice(at)}`;
      return { code: out, map: null };
    },
  };
}
