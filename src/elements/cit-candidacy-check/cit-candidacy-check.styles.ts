import { css } from 'lit';
import { kitStyles } from '../../styles/kit.js';
import { widgetStyles } from '../../styles/widget.js';

export const styles = [
  kitStyles,
  widgetStyles,
  css`
    [part~='base'] {
      --_accent: var(--cit-candidacy-accent, var(--cit-color-accent, var(--_k-accent)));
      --_good-fit: var(--cit-candidacy-good-fit, var(--_k-good-fit));
      --_wait: var(--cit-candidacy-wait, var(--_k-wait));
      --_consult: var(--cit-candidacy-consult, var(--_k-consult));
    }
    .progress p {
      margin: 0 0 0.35em;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .bar {
      display: flex;
      gap: 0.25em;
      margin-bottom: 1em;
    }
    .bar span {
      flex: 1;
      height: 0.3em;
      border: 1px solid var(--_border);
      border-radius: 1em;
    }
    .bar .done {
      background: var(--_accent);
      border-color: var(--_accent);
    }
    .outcome {
      padding-inline-start: 0.6em;
      border-inline-start: 0.3em solid var(--_band, var(--_accent));
    }
    .good-fit {
      --_band: var(--_good-fit);
    }
    .wait {
      --_band: var(--_wait);
    }
    .consult {
      --_band: var(--_consult);
    }
    .lead {
      font-size: 1.05em;
    }
    .come-back {
      margin: 1em 0;
      padding: 0.75em var(--_space);
      background: var(--_alt);
      border-radius: var(--_radius);
    }
    .calendar-links {
      margin: 0.75em 0 0;
      font-size: 0.9em;
    }
    @media (forced-colors: active) {
      .bar .done {
        background: CanvasText;
        forced-color-adjust: none;
      }
    }
  `,
];
