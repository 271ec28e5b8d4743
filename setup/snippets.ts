/**
 * What the setup page gives to copy, from its settings: pure functions (no DOM), shared by the page
 * and by the tests that put their output on real pages (a blank page; WordPress).
 */
import { accentContrast, nearestPassing } from './contrast.js';
import { DEFAULT_ACCENT, FONTS, protocolJson, type Settings, type WidgetTag } from './settings.js';

/** Today's reservation CSS (README "In the page's stylesheet"): each widget's first height until the script defines it. */
const RESERVATION: Record<WidgetTag, [phone: string, wide: string]> = {
  'cit-candidacy-check': ['79rem', '75rem'],
  'cit-session-planner': ['54rem', '24rem'],
  'cit-recovery-timeline': ['53rem', '41rem'],
};

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The clinic's attributes, in the order the README lists them, without empty ones. */
export function clinicAttributes(settings: Settings): [string, string][] {
  const pairs: [string, string][] = [
    ['name', settings.name],
    ['booking-url', settings.bookingUrl],
    ['phone', settings.phone],
    ['locale', settings.locale],
    ['theme', settings.theme === 'light' ? '' : settings.theme],
    ['currency', settings.price.trim() ? settings.currency.trim().toUpperCase() : ''],
    ['price', settings.price],
  ];
  return pairs.map(([name, value]) => [name, value.trim()] as [string, string]).filter(([, value]) => value !== '');
}

/** The accent for each theme the page may show: the chosen one where it passes AA, else its nearest passing shade. */
export function accents(settings: Settings): { light?: string; dark?: string } {
  const light = settings.theme !== 'dark' ? nearestPassing(settings.accent, 'light') : undefined;
  const dark = settings.theme !== 'light' ? nearestPassing(settings.accent, 'dark') : undefined;
  return { ...(light ? { light } : {}), ...(dark ? { dark } : {}) };
}

/** Whether the chosen accent fails AA in a theme the page shows. */
export function accentFails(settings: Settings): ('light' | 'dark')[] {
  const themes: ('light' | 'dark')[] = settings.theme === 'auto' ? ['light', 'dark'] : [settings.theme];
  return themes.filter((theme) => accentContrast(settings.accent, theme) < 4.5);
}

/** The clinic's accent token in a light or dark view, or `undefined` to keep the kit's own (the chosen one left at its default). */
export function accentToken(settings: Settings, dark: boolean): string | undefined {
  if (settings.accent.toLowerCase() === DEFAULT_ACCENT) return undefined;
  return accents(settings)[dark ? 'dark' : 'light'];
}

/** The page's CSS: the theme's tokens on the clinic, and the reserved heights of the chosen widgets. */
export function cssSnippet(settings: Settings): string {
  const [light, dark] = [accentToken(settings, false), accentToken(settings, true)];
  const tokens: string[] = [];
  // The accent as the base token for the theme shown first; in "auto", the dark shade under the media query.
  const first = settings.theme === 'dark' ? dark : light;
  if (first) tokens.push(`--cit-color-accent: ${first};`);
  if (FONTS[settings.font]) tokens.push(`--cit-font-family: ${FONTS[settings.font]};`);
  if (settings.radius !== '0.5') tokens.push(`--cit-radius: ${Number(settings.radius)}em;`);
  const lines = ["/* In the page's stylesheet. The clinic's look: */"];
  lines.push(tokens.length ? `cit-clinic { ${tokens.join(' ')} }` : "/* (the kit's own look) */");
  if (settings.theme === 'auto' && dark) lines.push(`@media (prefers-color-scheme: dark) { cit-clinic { --cit-color-accent: ${dark}; } }`);
  lines.push("/* Each widget's first height, kept until the script defines it (phones; wider screens): */");
  for (const tag of settings.widgets) lines.push(`${tag}:not(:defined) { display: block; min-height: ${RESERVATION[tag][0]}; }`);
  lines.push('@media (min-width: 48rem) {');
  for (const tag of settings.widgets) lines.push(`  ${tag}:not(:defined) { min-height: ${RESERVATION[tag][1]}; }`);
  lines.push('}');
  return lines.join('\n');
}

/** The elements: the clinic with its settings (and protocol JSON), the widgets inside. */
export function elementsSnippet(settings: Settings): string {
  const attributes = clinicAttributes(settings).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const json = protocolJson(settings);
  const inner = [...(json ? [`  <script type="application/json">${escapeText(json)}</script>`] : []), ...settings.widgets.map((tag) => `  <${tag}></${tag}>`)];
  return `<cit-clinic${attributes}>\n${inner.join('\n')}\n</cit-clinic>`;
}

declare const __CIT_CHUNKS__: Readonly<Record<string, readonly string[]>>;
declare const __CIT_CHUNK_INTEGRITY__: Readonly<Record<string, string>>;

/**
 * The script tag: the kit from `scriptUrl`, with its integrity hash when it is the CDN's copy of
 * this version; then a `modulepreload` hint for each file of code the chosen widgets need (from the
 * folder beside the script; the protocol's reader and the language's messages when the settings
 * need them), so that a phone fetches them with the script, not after it has run.
 * For the CDN's copy, each hint carries its file's hash too, and the browser checks the code the
 * script then runs.
 */
export function scriptTag(settings: Settings, cdnUrl: string, integrity: string): string {
  const cdn = settings.scriptUrl === cdnUrl;
  const sri = cdn ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  const folder = settings.scriptUrl.split(/[?#]/)[0]?.replace(/[^/]*$/, '') ?? '';
  const language = settings.locale.trim();
  const names = [
    'cit-clinic',
    ...settings.widgets,
    ...(protocolJson(settings) ? ['protocol-reader'] : []),
    ...(__CIT_CHUNKS__[`${language}.shared`] ? [`${language}.shared`, ...settings.widgets.map((tag) => `${language}.${tag}`)] : []),
  ];
  const files = [...new Set(names.flatMap((name) => __CIT_CHUNKS__[name] ?? []))];
  const hints = files.map((file) => {
    const hash = cdn ? ` integrity="${__CIT_CHUNK_INTEGRITY__[file]}" crossorigin="anonymous"` : '';
    return `\n<link rel="modulepreload" href="${escapeAttribute(folder + file)}"${hash}>`;
  });
  return `<script src="${escapeAttribute(settings.scriptUrl)}"${sri} defer></script>${hints.join('')}`;
}

/**
 * Everything a page's HTML needs, in the order to paste it: the script, the CSS (as a `<style>`;
 * a site whose Content-Security-Policy refuses inline styles puts it in its stylesheet instead) and
 * the elements.
 */
export function htmlSnippet(settings: Settings, cdnUrl: string, integrity: string): string {
  return `<!-- In the page's <head>: -->\n${scriptTag(settings, cdnUrl, integrity)}\n<style>\n${cssSnippet(settings)}\n</style>\n\n<!-- Where the widgets go: -->\n${elementsSnippet(settings)}`;
}

/**
 * WordPress: the shortcodes, with the clinic's settings on [cit_clinic] (they override the plugin's
 * settings page for this clinic), and the CSS for Appearance → Customize → Additional CSS.
 */
export function shortcodes(settings: Settings): string {
  const attributes = clinicAttributes(settings)
    .map(([name, value]) => ` ${name.replace(/-/g, '_')}="${value.replace(/"/g, '&quot;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;')}"`)
    .join('');
  return `[cit_clinic${attributes}]\n${settings.widgets.map((tag) => `[${tag.replace(/-/g, '_')}]`).join('\n')}\n[/cit_clinic]`;
}

/** React 19: custom elements with their attributes, and the script loaded once by the app's HTML. */
export function reactSnippet(settings: Settings): string {
  const attributes = clinicAttributes(settings).map(([name, value]) => ` ${name}=${JSON.stringify(value)}`).join('');
  const widgets = settings.widgets.map((tag) => `      <${tag} />`).join('\n');
  return `// In index.html: the script tag from the HTML tab. Types: import 'cit-widgets/react';
export function Microneedling() {
  return (
    <cit-clinic${attributes}>
${widgets}
    </cit-clinic>
  );
}`;
}

/** A whole sample page: the script, the CSS (in a <style>, for trying it out) and the widgets. */
export function samplePage(settings: Settings, cdnUrl: string, integrity: string): string {
  const title = settings.name.trim() ? `Microneedling · ${escapeText(settings.name.trim())}` : 'Microneedling';
  return `<!doctype html>
<html lang="${escapeAttribute(settings.locale.trim() || 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${htmlSnippet(settings, cdnUrl, integrity).split('\n\n<!-- Where the widgets go: -->\n')[0]}
</head>
<body>
${elementsSnippet(settings)}
</body>
</html>
`;
}
