// `?env=polluted`: what old libraries and analytics snippets do, enumerable properties on the
// built-in prototypes. `?env=frozen`: a page that froze or pre-set the global configuration
// objects the kit's dependencies use.
const env = new URLSearchParams(location.search).get('env');
if (env === 'polluted') {
  Object.prototype.polluted = 'from the page';
  Object.prototype.extend = function extend(source) {
    for (const key in source) this[key] = source[key];
    return this;
  };
  Array.prototype.each = function each(fn) {
    for (let i = 0; i < this.length; i++) fn(this[i], i);
  };
  Array.prototype.last = 'x';
}
if (env === 'frozen') {
  window.litHtmlVersions = Object.freeze([]);
  window.litElementVersions = Object.freeze([]);
  window.reactiveElementVersions = Object.freeze([]);
  window.litPropertyMetadata = Object.freeze(new WeakMap());
  window.__zod_globalConfig = Object.freeze({ jitless: false, customError: undefined });
  Object.freeze(Symbol);
}
