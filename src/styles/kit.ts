import { css } from 'lit';

/**
 * The kit's two palettes: the defaults of the `--cit-*` tokens in each theme, as private `--_k-*`
 * properties. Every text pairing is at least 4.5:1, every border and focus ring 3:1 (README
 * "Theming"); the setup page's contrast check reads them from here.
 */
export const lightPalette = css`
  --_k-text: #1d2a30;
  --_k-muted: #4c5a62;
  --_k-accent: #0b5e58;
  --_k-on-accent: #ffffff;
  --_k-surface: #ffffff;
  --_k-surface-alt: #f2f6f6;
  --_k-border: #6f7c83;
  --_k-focus: #1a55c9;
  --_k-danger: #a1262c;
  --_k-good-fit: #1e6b34;
  --_k-wait: #8a5300;
  --_k-consult: #1a55c9;
  --_k-results: #8fc3b9;
  --_k-event: #8a5300;
  color-scheme: light;
`;
export const darkPalette = css`
  --_k-text: #e6edf0;
  --_k-muted: #a8b7be;
  --_k-accent: #5cc2b3;
  --_k-on-accent: #08201d;
  --_k-surface: #111a1d;
  --_k-surface-alt: #1b272b;
  --_k-border: #7f9299;
  --_k-focus: #8cb4ff;
  --_k-danger: #ff8f8a;
  --_k-good-fit: #7ed39a;
  --_k-wait: #f2b65e;
  --_k-consult: #8cb4ff;
  --_k-results: #2b625b;
  --_k-event: #f2b65e;
  color-scheme: dark;
`;

/**
 * Styles every element shares. Page CSS reaches a shadow root only through the host element and
 * inherited properties, so the host keeps its box with `!important` (which, inside a shadow root,
 * outranks the page's own `!important`), and `[part='base']` cuts inheritance with `all: initial`
 * before setting the kit's typography. `font-size: medium` is the reader's own default size,
 * whatever the page sets on `html`.
 *
 * Kit tokens (`--cit-*`) theme every widget at once; each widget maps them to its own properties.
 */
export const kitStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box !important;
    max-width: 100% !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  [part~='base'],
  [part~='error'] {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--cit-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--cit-font-size, medium);
    line-height: 1.5;
    color: var(--cit-color-text, var(--_k-text));
    overflow-wrap: anywhere;
    text-align: start;
  }
  /* The kit's palettes: defaults for the --cit-* tokens, light unless the theme says dark (or
     "auto" and the device prefers dark). Native controls follow through color-scheme, set here on
     the widget only: the page's own color-scheme is never touched. */
  [part~='base'],
  [part~='error'] {
    ${lightPalette}
  }
  [data-theme='dark'] {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    [data-theme='auto'] {
      ${darkPalette}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .problems {
    display: block;
    margin: 0 0 var(--cit-space, 1em);
    padding: calc(var(--cit-space, 1em) * 0.75);
    border: 2px solid var(--cit-color-danger, var(--_k-danger));
    border-radius: var(--cit-radius, 0.5em);
    background: var(--cit-color-surface, var(--_k-surface));
    color: var(--cit-color-text, var(--_k-text));
  }
  .problems p {
    margin: 0;
  }
  .problems ul {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .problems code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .problems .hint {
    color: var(--cit-color-muted, var(--_k-muted));
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .problems {
      border-color: CanvasText;
    }
  }
`;
