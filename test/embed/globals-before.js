// `?env=polluted`: what old libraries and analytics snippets do, enumerable properties on the
// built-in prototypes. `?env=frozen`: a page that froze or pre-set the global configuration
// objects the kit's dependencies use.
// `?typed=true`: values of the type the kit would expect under that name.
const POISON = { concerns: ['acne-scars'], conditions: ['pregnant'], sessions: 99, intervalWeeks: 9, maintenanceMonths: 2, price: 1, prices: { a: 1 }, makeupHours: 1000, today: '2031-01-01', start: '2031-01-01', eventDate: '2026-12-05', waitUntil: '2031-01-01', moved: [{ n: 1, date: '2031-01-01' }], lastSession: true, fitzpatrick: 6, converter: { fromAttribute: () => 'poison' }, type: Number, reflect: true, attribute: 'poison', hasChanged: () => false, noAccessor: true, state: true, useDefault: true, renderBefore: null, candidacy: { outcome: 'consult' }, event: { date: '2026-12-05' }, currency: 'XXX', locale: 'ar', phone: '+1 555', bookingUrl: 'https://evil.example/' };
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
if (env === 'named') {
  // Names the kit, Lit and zod read from option objects, and common generic names: a page that
  // adds them to Object.prototype must not change what a widget shows or offers.
  const names = (new URLSearchParams(location.search).get('names') ?? '').split(',').filter(Boolean);
  const typed = new URLSearchParams(location.search).get('typed') === 'true';
  for (const name of names) Object.defineProperty(Object.prototype, name, { value: typed && name in POISON ? POISON[name] : 'javascript:alert(1)', enumerable: true, configurable: true, writable: true });
}
if (env === 'frozen') {
  window.litHtmlVersions = Object.freeze([]);
  window.litElementVersions = Object.freeze([]);
  window.reactiveElementVersions = Object.freeze([]);
  window.litPropertyMetadata = Object.freeze(new WeakMap());
  window.__zod_globalConfig = Object.freeze({ jitless: false, customError: undefined });
  Object.freeze(Symbol);
}
