// Loaded first by every host page: records what the page's visitors would never see but a careful
// clinic cares about: errors, console errors, CSP violations, layout shifts, and the observers,
// listeners and timers the kit leaves behind.
window.__report = { errors: [], consoleErrors: [], violations: [], layoutShift: 0, shifts: [], observing: 0, resizeObserving: 0, documentListeners: 0, intervals: 0 };
const report = window.__report;
addEventListener('error', (e) => report.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => report.errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => report.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
const consoleError = console.error;
console.error = (...args) => {
  report.consoleErrors.push(args.map(String).join(' '));
  consoleError.apply(console, args);
};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    report.layoutShift += entry.value;
    report.shifts.push(entry.sources.map((s) => `${s.node?.nodeName} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`).join('; '));
  }
}).observe({ type: 'layout-shift', buffered: true });

/** Counts objects that are observing anything: `observe` starts, `disconnect` stops. */
function countObserving(Observer, key) {
  const { observe, disconnect } = Observer.prototype;
  Observer.prototype.observe = function (...args) {
    if (!this.__counted) report[key]++;
    this.__counted = true;
    return observe.apply(this, args);
  };
  Observer.prototype.disconnect = function () {
    if (this.__counted) report[key]--;
    this.__counted = false;
    return disconnect.call(this);
  };
}
countObserving(MutationObserver, 'observing');
countObserving(ResizeObserver, 'resizeObserving');

const { addEventListener: add, removeEventListener: remove } = Document.prototype;
Document.prototype.addEventListener = function (...args) {
  report.documentListeners++;
  return add.apply(this, args);
};
Document.prototype.removeEventListener = function (...args) {
  report.documentListeners--;
  return remove.apply(this, args);
};
const intervals = new Set();
const { setInterval: startInterval, clearInterval: stopInterval } = window;
window.setInterval = (...args) => {
  const id = startInterval(...args);
  intervals.add(id);
  report.intervals = intervals.size;
  return id;
};
window.clearInterval = (id) => {
  intervals.delete(id);
  report.intervals = intervals.size;
  return stopInterval(id);
};
customElements.whenDefined('cit-clinic').then(() => (report.definedAt = performance.now()));
