import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** How a heading is marked: the step headings take focus when a step changes (`data-heading`). */
export interface HeadingOptions {
  readonly part?: string;
  readonly class?: string;
  readonly focus?: boolean;
}

/**
 * A real `<h1>`…`<h6>` at the level the page needs (`heading-level`), so the page's outline never
 * skips one. One written template per level: no markup is built from strings.
 */
export function heading(level: number, content: unknown, { part, class: name, focus = false }: HeadingOptions = {}): TemplateResult {
  const cls = name ?? undefined;
  const tabindex = focus ? '-1' : undefined;
  switch (level) {
    case 1:
      return html`<h1 part=${ifDefined(part)} class=${ifDefined(cls)} tabindex=${ifDefined(tabindex)} ?data-heading=${focus}>${content}</h1>`;
    case 2:
      return html`<h2 part=${ifDefined(part)} class=${ifDefined(cls)} tabindex=${ifDefined(tabindex)} ?data-heading=${focus}>${content}</h2>`;
    case 3:
      return html`<h3 part=${ifDefined(part)} class=${ifDefined(cls)} tabindex=${ifDefined(tabindex)} ?data-heading=${focus}>${content}</h3>`;
    case 4:
      return html`<h4 part=${ifDefined(part)} class=${ifDefined(cls)} tabindex=${ifDefined(tabindex)} ?data-heading=${focus}>${content}</h4>`;
    case 5:
      return html`<h5 part=${ifDefined(part)} class=${ifDefined(cls)} tabindex=${ifDefined(tabindex)} ?data-heading=${focus}>${content}</h5>`;
    default:
      return html`<h6 part=${ifDefined(part)} class=${ifDefined(cls)} tabindex=${ifDefined(tabindex)} ?data-heading=${focus}>${content}</h6>`;
  }
}
