// After the kit has loaded: more prototype properties (with `?env=polluted`), then the page's own script.
if (new URLSearchParams(location.search).get('env') === 'polluted') {
  Object.prototype.lateAddition = 1;
  Array.prototype.lateAddition = 2;
}
window.__pageScriptRan = true;
