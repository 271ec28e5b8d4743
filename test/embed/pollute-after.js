// More of the same after the kit has loaded, then the page's own script.
Object.prototype.lateAddition = 1;
Array.prototype.lateAddition = 2;
window.__pageScriptRan = true;
