import { css } from 'lit';

/**
 * The widgets' shared vocabulary: steps, options, buttons, notes. Each widget sets the private
 * `--_*` properties from its own `--cit-<widget>-*` properties, which default to the kit tokens.
 * In forced-colors mode the browser maps text, borders and backgrounds to system colors by
 * itself; the rules there only mark states that are otherwise shown by background alone.
 */
export const widgetStyles = css`
  [part~='base'] {
    --_accent: var(--cit-color-accent, var(--_k-accent));
    --_muted: var(--cit-color-muted, var(--_k-muted));
    --_surface: var(--cit-color-surface, var(--_k-surface));
    --_alt: var(--cit-color-surface-alt, var(--_k-surface-alt));
    --_border: var(--cit-color-border, var(--_k-border));
    --_radius: var(--cit-radius, 0.5em);
    --_space: var(--cit-space, 1em);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .h-title,
  .h-section {
    margin: 1em 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  .h-title {
    font-size: 1.3em;
    margin-top: 0;
  }
  .h-section {
    font-size: 1em;
  }
  .h-title:focus:not(:focus-visible) {
    outline: none;
  }
  p,
  ul {
    margin: 0 0 0.75em;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: 0.4em;
  }
  a {
    color: var(--_accent);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0; /* default min-content overflows narrow screens */
  }
  legend {
    padding: 0;
  }
  fieldset fieldset {
    margin-top: 1em;
    font-weight: 600;
  }
  .hint {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  .options {
    display: grid;
    gap: 0.5em;
    margin-top: 0.75em;
    font-weight: 400;
  }
  .option {
    display: flex;
    gap: 0.75em;
    padding: 0.65em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_accent);
    background: var(--_alt);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-block: 0 0.5em;
    margin-inline: 2.75em 0;
  }
  input[type='date'],
  input[type='datetime-local'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.45em 0.6em;
    min-height: 2.75em;
  }
  [aria-invalid='true'],
  .error {
    border: 2px solid var(--cit-color-danger, var(--_k-danger));
  }
  .error {
    border-width: 0;
    border-inline-start-width: 4px;
    padding-inline-start: 0.5em;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 1.25em;
  }
  button,
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    text-decoration: none;
    text-align: center;
  }
  .primary {
    background: var(--_accent);
    color: var(--cit-color-on-accent, var(--_k-on-accent));
  }
  button:hover,
  .button:hover {
    filter: brightness(0.9);
  }
  :focus-visible {
    outline: 3px solid var(--cit-color-focus, var(--_k-focus));
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .disclaimer {
    margin-top: 1.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (max-width: 30em) {
    .actions > * {
      flex: 1 1 100%;
    }
    .field {
      margin-inline-start: 0;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .enter {
      animation: enter 0.2s ease-out;
    }
    @keyframes enter {
      from {
        opacity: 0;
      }
    }
  }
  @media (forced-colors: active) {
    .option:has(:checked) {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    button,
    .actions,
    [part~='progress'] {
      display: none !important;
    }
  }
`;
