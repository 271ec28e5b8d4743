// Loaded first by every host page: records what the page's visitors would never see but a careful
// clinic cares about: errors, CSP violations, and the observers and listeners the kit leaves behind.
window.__report = { errors: [], violations: [], observing: 0, documentListeners: 0 };
const report = window.__report;
addEventListener('error', (e) => report.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => report.errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => report.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
const { observe, disconnect } = MutationObserver.prototype;
MutationObserver.prototype.observe = function (...args) {
  if (!this.__counted) report.observing++;
  this.__counted = true;
  return observe.apply(this, args);
};
MutationObserver.prototype.disconnect = function () {
  if (this.__counted) report.observing--;
  this.__counted = false;
  return disconnect.call(this);
};
const { addEventListener: add, removeEventListener: remove } = Document.prototype;
Document.prototype.addEventListener = function (...args) {
  report.documentListeners++;
  return add.apply(this, args);
};
Document.prototype.removeEventListener = function (...args) {
  report.documentListeners--;
  return remove.apply(this, args);
};
