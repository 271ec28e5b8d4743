import { css } from 'lit';
import { kitStyles } from '../../styles/kit.js';
import { widgetStyles } from '../../styles/widget.js';

export const styles = [
  kitStyles,
  widgetStyles,
  css`
    [part~='base'] {
      --_accent: var(--cit-planner-accent, var(--cit-color-accent, var(--_k-accent)));
      --_results: var(--cit-planner-results, var(--_k-results));
      --_event: var(--cit-planner-event, var(--_k-event));
    }
    .notice {
      margin: 0 0 1em;
      padding: 0.75em var(--_space);
      background: var(--_alt);
      border-inline-start: 4px solid var(--_accent);
      border-radius: var(--_radius);
    }
    .notice .h-section {
      margin-top: 0;
    }
    .notice .actions {
      margin-top: 0.75em;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      margin: 0.5em 0 1em;
      font-weight: 400;
    }
    .chip,
    .check {
      display: inline-flex;
      gap: 0.4em;
      align-items: center;
      padding: 0.3em 0.7em;
      border: 1px solid var(--_border);
      border-radius: 2em;
      min-height: 2.75em;
    }
    .chip:has(:checked) {
      border-color: var(--_accent);
      background: var(--_alt);
    }
    .chip input,
    .check input {
      accent-color: var(--_accent);
      width: 1.1em;
      height: 1.1em;
    }
    .fields {
      display: grid;
      gap: 0.75em;
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    }
    .fields label,
    .date-field {
      display: grid;
      gap: 0.25em;
      align-content: start;
    }
    .fields label {
      font-weight: 600;
    }
    .date-field .error {
      margin: 0;
    }
    .chart {
      display: block;
      width: 100%;
      height: 2.5em;
      margin: 1em 0;
    }
    .axis {
      stroke: var(--_border);
      stroke-width: 2;
    }
    .results {
      fill: var(--_results);
      opacity: 0.6;
    }
    .results.best {
      opacity: 1;
    }
    .session {
      fill: var(--_accent);
    }
    .event-mark {
      stroke: var(--_event);
      stroke-width: 4;
    }
    .schedule {
      width: 100%;
      border-collapse: collapse;
    }
    .schedule th,
    .schedule td {
      text-align: start;
      padding-block: 0.4em;
      padding-inline: 0 0.5em;
      border-bottom: 1px solid var(--_border);
      vertical-align: top;
    }
    .schedule .button {
      display: inline-block;
      padding: 0.3em 0.8em;
    }
    .schedule thead th {
      /* Column headings break between words only ("Sesión", not "Sesió n"); a long link wraps instead. */
      overflow-wrap: normal;
    }
    .result {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.3em 1em;
      margin: 1em 0;
    }
    .result dt {
      font-weight: 600;
    }
    .result dd {
      margin: 0;
    }
    .event {
      font-weight: 600;
    }
    .calendar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
      align-items: center;
    }
    .links {
      flex-basis: 100%;
      font-size: 0.95em;
    }
    @media (max-width: 30em) {
      .schedule thead {
        display: none;
      }
      .schedule tr,
      .schedule th,
      .schedule td {
        display: block;
        border: 0;
      }
      .schedule tr {
        border-bottom: 1px solid var(--_border);
        padding: 0.4em 0;
      }
      .result {
        grid-template-columns: 1fr;
      }
    }
    @media (forced-colors: active) {
      .session,
      .results {
        fill: CanvasText;
      }
      .axis,
      .event-mark {
        stroke: CanvasText;
      }
      .chip:has(:checked) {
        outline: 3px solid Highlight;
      }
    }
    @media print {
      [part~='controls'],
      .calendar,
      .schedule .button {
        display: none;
      }
    }
  `,
];
