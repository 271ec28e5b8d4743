import { css } from 'lit';

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
    color: var(--cit-color-text, #1d2a30);
    overflow-wrap: anywhere;
    text-align: start;
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
    border: 2px solid var(--cit-color-danger, #a1262c);
    border-radius: var(--cit-radius, 0.5em);
    background: var(--cit-color-surface, #fff);
    color: var(--cit-color-text, #1d2a30);
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
    color: var(--cit-color-muted, #4c5a62);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .problems {
      border-color: CanvasText;
    }
  }
`;
