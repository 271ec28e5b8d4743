/**
 * The setup page's preview: the real widgets, from the built kit beside this page, with the
 * settings in this page's address (`#name=…`, as the setup page writes it). Rebuilt on each change
 * of the address, without reloading the kit.
 */
import { protocolJson, defaults, fromQuery, FONTS } from './settings.js';
import { accentToken, clinicAttributes } from './snippets.js';

declare const __CIT_CDN_URL__: string;

// The clinic reads protocol overrides from a child JSON script. Under Trusted Types its text needs
// a policy: this one passes only JSON objects, so it cannot carry code.
const policy = (window as { trustedTypes?: { createPolicy(name: string, rules: { createScript(input: string): string }): { createScript(input: string): unknown } } }).trustedTypes?.createPolicy('cit-setup-json', {
  createScript: (input: string) => {
    const value: unknown = JSON.parse(input);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError('not a JSON object');
    return input;
  },
});

function render(): void {
  const settings = fromQuery(location.hash.slice(1), defaults(__CIT_CDN_URL__));
  const clinic = document.createElement('cit-clinic');
  for (const [name, value] of clinicAttributes(settings)) clinic.setAttribute(name, value);
  const dark = settings.theme === 'dark' || (settings.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  const accent = accentToken(settings, dark);
  if (accent) clinic.style.setProperty('--cit-color-accent', accent);
  if (FONTS[settings.font]) clinic.style.setProperty('--cit-font-family', FONTS[settings.font]);
  clinic.style.setProperty('--cit-radius', `${Number(settings.radius) || 0}em`);
  document.body.classList.toggle('dark', dark);
  const json = protocolJson(settings);
  if (json) {
    const script = document.createElement('script');
    script.type = 'application/json';
    (script as unknown as { text: unknown }).text = policy ? policy.createScript(json) : json;
    clinic.append(script);
  }
  for (const tag of settings.widgets) clinic.append(document.createElement(tag));
  (document.querySelector('main') as HTMLElement).replaceChildren(clinic);
}

addEventListener('hashchange', render);
render();
