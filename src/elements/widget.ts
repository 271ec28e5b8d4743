import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defaultProtocol, type Protocol } from '../core/protocol.js';
import { clinicContext, type ClinicSettings } from '../context.js';
import type { Messages } from '../i18n/en.js';
import type { Localize } from '../i18n/localize.js';
import { localeAttribute, readAttribute, type AttributeProblem } from './attributes.js';
import { reportProblems } from './problems.js';
import { policyRefused } from '../trusted-types.js';

/**
 * What the three widgets share: the clinic's settings from `<cit-clinic>` (or none: each widget
 * works alone), a `locale` attribute, a localize controller, and the visible report of bad
 * attributes. One base class, no mixins.
 */
export abstract class CitWidget extends LitElement {
  /** BCP 47 language. Default: the `<cit-clinic>`'s, else the page's `lang`, else the browser's. */
  @property() locale?: string;

  /** The clinic's settings, when inside a `<cit-clinic>`. */
  @consume({ context: clinicContext, subscribe: true })
  @state()
  protected clinic?: ClinicSettings;

  /** Each widget's own controller, with its own catalogs on top of the kit's shared one. */
  protected abstract readonly localize: Localize<Messages>;

  /** Attribute problems found by the last `validate()`, shown above the widget. */
  @state() protected problems: readonly AttributeProblem[] = [];
  private reportedKey = '';

  get clinicLocale(): string | undefined {
    return this.clinic?.locale;
  }

  protected get protocol(): Protocol {
    return this.clinic?.protocol ?? defaultProtocol;
  }

  /**
   * Reads the element's attributes: each widget lists its own after the shared ones. Runs before
   * every render whose inputs changed; bad values are reported and replaced by defaults.
   */
  protected validate(problems: AttributeProblem[]): void {
    readAttribute(problems, 'locale', this.locale, localeAttribute);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const problems: AttributeProblem[] = [];
    this.validate(problems);
    this.problems = problems;
    this.reportedKey = reportProblems(this.localName, problems, this.reportedKey);
  }

  /** Set when the page's CSP refused the kit's Trusted Types policy: the widget shows a plain notice. */
  #blocked = false;

  /**
   * Renders, unless the page's CSP refuses every Trusted Types policy the kit can use: then Lit
   * cannot build its templates, so the widget says so in plain text (no HTML sink involved) and
   * the console has one error for the site builder (src/trusted-types.ts), instead of a blank
   * box and an exception for every widget.
   */
  protected override update(changed: Map<PropertyKey, unknown>): void {
    if (this.#blocked) return;
    try {
      super.update(changed);
    } catch (error) {
      if (!policyRefused()) throw error;
      this.#blocked = true;
      const notice = document.createElement('p');
      notice.setAttribute('part', 'error');
      notice.setAttribute('role', 'note');
      notice.textContent = this.localize.term('blocked');
      this.renderRoot.replaceChildren(notice);
    }
  }

  /** Fires one of the kit's events: bubbling and composed, so a page hears it from outside shadow roots. */
  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }
}
