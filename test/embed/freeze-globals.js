// A page that froze (or pre-set) the global configuration objects the kit's dependencies use.
window.litHtmlVersions = Object.freeze([]);
window.litElementVersions = Object.freeze([]);
window.reactiveElementVersions = Object.freeze([]);
window.litPropertyMetadata = Object.freeze(new WeakMap());
window.__zod_globalConfig = Object.freeze({ jitless: false, customError: undefined });
Object.freeze(Symbol);
