/**
 * `cit-widgets/engine`: the domain engine alone (src/core), plain TypeScript with no DOM, so it
 * loads in Node, Deno, Bun and workers: a clinic's own server computes the same outcomes and dates
 * as the widgets. Registers no element and imports no Lit.
 */
export * from './core/index.js';
/** The kit's version, as `CitWidgets.version` on a page. */
export { VERSION as version } from './version.js';
