import { consume, ContextEvent } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defaultProtocol, type Protocol } from '../core/protocol.js';
import { clinicContext, type ClinicSettings } from '../context.js';
import type { ClinicMessages, Localize } from '../i18n/localize.js';
import { headingLevelAttribute, localeAttribute, readAttribute, themeAttribute, type AttributeProblem, type Theme } from './attributes.js';
import { reportProblems } from './problems.js';
import { policyRefused } from '../trusted-types.js';
import { heading, type HeadingOptions } from './heading.js';

/**
 * What the three widgets share: the clinic's settings from `<cit-clinic>` (or none: each widget
 * works alone), a `locale` attribute, a localize controller, and the visible report of bad
 * attributes. One base class, no mixins.
 */
export abstract class CitWidget extends LitElement {
  /** BCP 47 language. Default: the `<cit-clinic>`'s, else the page's `lang`, else the browser's languages in order; the first the kit (or the clinic's JSON) has, by language and script. */
  @property() locale?: string;

  /** Colours: `light`, `dark`, or `auto` (the device's preference). Default: the `<cit-clinic>`'s, else `light`. */
  @property() theme?: string;

  /** The level of the widget's title, 1 to 6 (its sections one below), to fit the page's outline. Default `3`. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** The clinic's settings, when inside a `<cit-clinic>`. */
  @consume({ context: clinicContext, subscribe: true })
  @state()
  protected clinic?: ClinicSettings;

  /** Each widget's own controller, with its own catalogs on top of the kit's shared one. */
  protected abstract readonly localize: Localize;

  /** The theme in use, for the root's `data-theme`. */
  protected themeInUse: Theme = 'light';
  /** The levels of the widget's title and of its sections. */
  protected headingLevels: readonly [title: number, section: number] = [3, 4];

  /** Attribute problems found by the last `validate()`, shown above the widget. */
  @state() protected problems: readonly AttributeProblem[] = [];
  private reportedKey = '';

  get clinicLocale(): string | undefined {
    return this.clinic?.locale;
  }

  /** The clinic's own wording, per language (checked by the localize controller against this element's messages). */
  get clinicMessages(): ClinicMessages | Promise<unknown> | undefined {
    return this.clinic?.messages;
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
    this.themeInUse = readAttribute(problems, 'theme', this.theme, themeAttribute) ?? this.clinic?.theme ?? 'light';
    const level = Number(readAttribute(problems, 'heading-level', this.headingLevel, headingLevelAttribute) ?? 3);
    this.headingLevels = [level, Math.min(level + 1, 6)];
    for (const { path, message } of this.localize.settingProblems) problems.push({ attribute: `<cit-clinic> messages JSON ${path}`, value: '', message });
  }

  #unsubscribeLate?: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The one-tag script loads each element's chunk on its own: a widget can upgrade before the
    // <cit-clinic> around it, whose provider then misses the widget's request. Ask again once it is here.
    const clinic = this.closest('cit-clinic');
    if (clinic && !customElements.get('cit-clinic')) {
      void customElements.whenDefined('cit-clinic').then(() => {
        if (!this.isConnected || this.clinic !== undefined) return;
        this.dispatchEvent(
          new ContextEvent(
            clinicContext,
            this,
            (value, unsubscribe) => {
              this.#unsubscribeLate = unsubscribe;
              this.clinic = value;
            },
            true,
          ),
        );
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeLate?.();
    this.#unsubscribeLate = undefined;
  }

  /** Changes that came while the element waited for its language, replayed when it arrives. */
  #waiting = new Map<PropertyKey, unknown>();

  /** No render before the messages of the element's language are here (no flash of English). */
  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    if (this.localize.ready) return super.shouldUpdate(changed);
    for (const [key, old] of changed) if (!this.#waiting.has(key)) this.#waiting.set(key, old);
    return false;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    for (const [key, old] of this.#waiting) if (!changed.has(key)) changed.set(key, old);
    this.#waiting.clear();
    super.willUpdate(changed);
    const problems: AttributeProblem[] = [];
    this.validate(problems);
    this.problems = problems;
    this.reportedKey = reportProblems(this.localName, problems, this.reportedKey);
  }

  /** Complete once the element has rendered in its language, including the wait for that language's messages. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.localize.pending) {
      await this.localize.pending;
      result = await super.getUpdateComplete();
    }
    return result;
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
      notice.lang = this.localize.catalogLang;
      notice.dir = this.localize.dir;
      this.renderRoot.replaceChildren(notice);
    }
  }

  /** The widget's title (or a step's), at `heading-level`. */
  protected titleHeading(content: unknown, options: HeadingOptions = {}) {
    return heading(this.headingLevels[0], content, { ...options, class: options.class ? `h-title ${options.class}` : 'h-title' });
  }

  /** A section's heading, one level below the title. */
  protected sectionHeading(content: unknown) {
    return heading(this.headingLevels[1], content, { class: 'h-section' });
  }

  /** Fires one of the kit's events: bubbling and composed, so a page hears it from outside shadow roots. */
  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }
}
