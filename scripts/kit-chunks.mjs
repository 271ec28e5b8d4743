// What the built one-tag loader (dist/cit-widgets.js) loads for each element: its chunk first, then
// every chunk it imports, as paths under dist/. Read from the loader itself, so a page's hints,
// the size report and the setup page's snippets always name the files of the current build.
import { readdirSync, readFileSync } from 'node:fs';

/** `{ 'cit-clinic': ['cit-widgets/cit-clinic-….js', …], … }`, from the loader in `dist`. */
export function chunkLists(dist = new URL('../dist/', import.meta.url)) {
  const loader = readFileSync(new URL('cit-widgets.js', dist), 'utf8');
  const lists = JSON.parse(/(\{"cit-clinic":[^}]*\})/.exec(loader)?.[1].replaceAll('`', '"') ?? 'null');
  if (!lists) throw new Error('dist/cit-widgets.js names no chunks: run npm run build');
  return lists;
}

/** The chunks a page with `tags` loads, each once, in the order the loader asks for them. */
export function chunksFor(lists, tags) {
  return [...new Set(tags.flatMap((tag) => lists[tag] ?? []))];
}

/**
 * `<link rel="modulepreload">` hints for the chunks a page with `tags` loads, beside `scriptUrl`:
 * the browser fetches them while it fetches the script, instead of after it has run.
 */
export function preloadHints(lists, tags, scriptUrl, indent = '') {
  const folder = scriptUrl.split(/[?#]/)[0].replace(/[^/]*$/, '');
  return chunksFor(lists, tags).map((file) => `${indent}<link rel="modulepreload" href="${folder}${file}">`).join('\n');
}

/**
 * `chunkLists`, and the chunks loaded on demand that a clinic's settings make certain, each under
 * its name: its protocol's reader (`protocol-reader`), its language's messages (`fr.shared`,
 * `fr.cit-session-planner` …). What the setup page's snippets hint.
 */
export function snippetChunks(dist = new URL('../dist/', import.meta.url)) {
  const lists = { ...chunkLists(dist) };
  for (const file of readdirSync(new URL('cit-widgets/', dist))) {
    const name = /^(.+)-[\w-]{8}\.js$/.exec(file)?.[1];
    if (name && (name === 'protocol-reader' || name.includes('.'))) lists[name] = [`cit-widgets/${file}`];
  }
  return lists;
}
