// The host page's own Lit, loaded before the kit: Lit creates its `lit-html` Trusted Types policy when it loads.
window.__hostPolicy = window.trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });
