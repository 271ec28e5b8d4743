// Vite's `import.meta.glob` for @web/test-runner, which serves src/ unbundled: each
// `import.meta.glob(['./messages/*.ts', '!./messages/en.ts'])` becomes the object Vite builds,
// `{ './messages/es.ts': () => import('./messages/es.ts'), … }`, read from the folder at request time
// (so a language file added while the runner watches is found). Only what the kit uses: patterns
// `./<folder>/<name with one *>`, and `!` exclusions.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const CALL = /import\.meta\.glob\s*\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")\s*\)/g;

export function importGlobPlugin(rootDir = process.cwd()) {
  return {
    name: 'cit-import-meta-glob',
    transform(context) {
      if (typeof context.body !== 'string' || !context.body.includes('import.meta.glob')) return undefined;
      const folderOf = path.dirname(path.join(rootDir, decodeURIComponent(context.path)));
      const body = context.body.replace(CALL, (_, argument) => {
        const patterns = [JSON.parse(argument.replaceAll("'", '"'))].flat();
        const excluded = new Set(patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)));
        const found = patterns
          .filter((p) => !p.startsWith('!'))
          .flatMap((pattern) => {
            const folder = path.posix.dirname(pattern);
            const [before, after] = path.posix.basename(pattern).split('*');
            const absolute = path.join(folderOf, folder);
            if (!existsSync(absolute)) return [];
            return readdirSync(absolute)
              .filter((name) => name.startsWith(before) && name.endsWith(after) && name.length >= before.length + after.length)
              .map((name) => `${folder}/${name}`);
          })
          .filter((file) => !excluded.has(file))
          .sort();
        return `Object.assign({${found.map((file) => `${JSON.stringify(file)}: () => import(${JSON.stringify(file)})`).join(', ')}})`;
      });
      return { body };
    },
  };
}
