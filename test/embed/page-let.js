// A page-level binding named like the kit's global, declared before the kit loads.
let CitWidgets = 'the page’s own';
const litHtmlVersions = 'the page’s own';
window.__pageLet = () => [CitWidgets, litHtmlVersions];
