// With `?host-lit`, the host page's own Lit, loaded before the kit: Lit creates its `lit-html`
// Trusted Types policy when it loads.
if (new URLSearchParams(location.search).has('host-lit')) {
  window.__hostPolicy = window.trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });
}
