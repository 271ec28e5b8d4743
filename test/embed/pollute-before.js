// What old libraries and analytics snippets do: enumerable properties on the built-in prototypes.
Object.prototype.polluted = 'from the page';
Object.prototype.extend = function extend(source) {
  for (const key in source) this[key] = source[key];
  return this;
};
Array.prototype.each = function each(fn) {
  for (let i = 0; i < this.length; i++) fn(this[i], i);
};
Array.prototype.last = 'x';
