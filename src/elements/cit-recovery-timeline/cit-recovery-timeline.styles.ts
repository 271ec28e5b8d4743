import { css } from 'lit';
import { kitStyles } from '../../styles/kit.js';
import { widgetStyles } from '../../styles/widget.js';

export const styles = [
  kitStyles,
  widgetStyles,
  css`
    [part~='base'] {
      --_accent: var(--cit-timeline-accent, var(--cit-color-accent, var(--_k-accent)));
      --_line: var(--cit-timeline-line, var(--_border));
      --_flag: var(--cit-timeline-red-flag, var(--cit-color-danger, var(--_k-danger)));
    }
    .field {
      margin-inline-start: 0;
    }
    details {
      margin: 1em 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5em 0.75em;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      min-height: 1.75em;
    }
    .can-i ul {
      list-style: none;
      padding: 0;
      margin: 0.5em 0 0;
    }
    .can-i li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
      align-items: baseline;
    }
    .can-i .question::first-letter {
      text-transform: uppercase;
    }
    .can-i .hint {
      flex-basis: 100%;
    }
    .timeline {
      list-style: none;
      margin: 0 0 1em;
      padding: 0;
      padding-inline-start: 1.25em;
      border-inline-start: 2px solid var(--_line);
    }
    .milestone {
      position: relative;
      padding: 0.35em 0;
    }
    .milestone::before {
      content: '';
      position: absolute;
      inset-inline-start: -1.25em;
      top: 0.75em;
      width: 0.7em;
      height: 0.7em;
      margin-inline-start: -0.4em;
      border-radius: 50%;
      background: var(--_surface);
      border: 2px solid var(--_line);
    }
    .milestone.avoid::before {
      border-color: var(--_flag);
    }
    .milestone.result::before {
      border-color: var(--_accent);
    }
    [part~='current'] {
      background: var(--_alt);
      border-radius: var(--_radius);
      padding-inline: 0.5em;
    }
    [part~='current']::before {
      background: var(--_accent);
      border-color: var(--_accent);
    }
    .here {
      display: inline-block;
      font-size: 0.8em;
      font-weight: 700;
      color: var(--_accent);
      text-transform: uppercase;
      letter-spacing: 0.05em;
    }
    .what,
    .when {
      display: block;
    }
    .when {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .red-flags {
      margin: 1em 0;
      padding: 0.75em var(--_space);
      border-inline-start: 4px solid var(--_flag);
      background: var(--_alt);
    }
    .red-flags .h-section {
      margin-top: 0;
    }
    .red-flags p.urgent {
      margin-bottom: 0.25em;
    }
    .red-flags ul:last-child {
      margin-bottom: 0;
    }
    .red-flags .button {
      display: inline-block;
    }
    .best {
      margin: 1em 0;
    }
    .best legend {
      font-weight: 600;
    }
    .best .options {
      margin-bottom: 0.75em;
    }
    .reminders {
      margin-top: 0.75em;
      font-size: 0.95em;
    }
    @media (forced-colors: active) {
      [part~='current'] {
        outline: 3px solid Highlight;
      }
      .milestone::before {
        forced-color-adjust: none;
        background: Canvas;
        border-color: CanvasText;
      }
    }
    /* On paper: every panel open, its summary printed as its heading; nothing that only works on screen. */
    @media print {
      details::details-content {
        content-visibility: visible;
      }
      summary {
        list-style: none;
        font-weight: 700;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      .reminders,
      .best fieldset,
      .calendar-links {
        display: none;
      }
      .milestone {
        break-inside: avoid;
      }
    }
  `,
];
