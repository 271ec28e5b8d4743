// The page's own script after the kit: it must still run.
window.__pageScriptRan = true;
