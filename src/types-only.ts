/**
 * What `cit-widgets/types`, `/react`, `/vue`, `/svelte` and `/solid` load at run time: nothing. Those entry
 * points carry types (dist/types/frameworks/); this empty module only keeps a plain
 * `import 'cit-widgets/react'` from failing in a bundler. It registers no element.
 */
export {};
