import { html, nothing } from 'lit';
import type { Localize } from '../i18n/localize.js';
import { describeProblem, type AttributeProblem, type Theme } from './attributes.js';

/** The visible list of bad settings, for the site's builder: never a blank widget. */
export function renderProblems(localize: Localize, problems: readonly AttributeProblem[], theme: Theme = 'light') {
  if (!problems.length) return nothing;
  return html`<div part="error" class="problems" lang=${localize.catalogLang} dir=${localize.dir} data-theme=${theme}>
    <p>${localize.term('settings.problem')}</p>
    <ul>
      ${problems.map((p) => html`<li><code lang="en" dir="ltr">${describeProblem(p)}</code></li>`)}
    </ul>
  </div>`;
}

/**
 * One console error per distinct set of problems: re-renders with the same problems stay quiet.
 * Returns the key to pass next time.
 */
export function reportProblems(tag: string, problems: readonly AttributeProblem[], lastKey: string): string {
  const key = problems.map(describeProblem).join('\n');
  if (key && key !== lastKey) {
    console.error(`<${tag}> has invalid settings; using defaults for them:\n${problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
  }
  return key;
}
