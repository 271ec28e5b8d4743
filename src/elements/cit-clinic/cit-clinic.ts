import { provide } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CitInputError } from '../../core/errors.js';
import { defaultProtocol, parseProtocol, type Protocol } from '../../core/protocol.js';
import type { MessageProblem } from '../../i18n/check-messages.js';
import type { ClinicMessages } from '../../i18n/localize.js';
import { text } from '../../core/validate.js';
import { clinicContext, type ClinicSettings, type SharedCandidacy } from '../../context.js';
import { Localize } from '../../i18n/localize.js';
import { policyRefused } from '../../trusted-types.js';
import { kitStyles } from '../../styles/kit.js';
import {
  currencyAttribute,
  localeAttribute,
  parsePrice,
  phoneAttribute,
  priceAttribute,
  readAttribute,
  themeAttribute,
  urlAttribute,
  type AttributeProblem,
} from '../attributes.js';
import { renderProblems, reportProblems } from '../problems.js';

const PROTOCOL_SCRIPT = ':scope > script[type="application/json"]';
const ANY_JSON_SCRIPT = 'script[type="application/json"]';
/** A protocol with many problems lists this many, then a count: the box is for reading, not scrolling. */
const MAX_PROTOCOL_PROBLEMS = 3;

/**
 * @summary Gives a clinic's settings (name, booking link, phone, language, currency, prices,
 * protocol overrides) to every widget inside it. Each widget also works alone with the defaults.
 *
 * @tag cit-clinic
 *
 * @slot - The widgets, and optionally a `<script type="application/json">` with protocol overrides
 * (see `parseProtocol`) and, under `"messages"`, the clinic's own wording per language.
 *
 * @csspart error - The box listing invalid settings, shown only when there are some.
 *
 * @cssprop --cit-color-text - Text color for every widget. Default `#1d2a30`.
 * @cssprop --cit-color-muted - Secondary text. Default `#4c5a62`.
 * @cssprop --cit-color-accent - Buttons, links, the current step. Default `#0b5e58`.
 * @cssprop --cit-color-on-accent - Text on the accent color. Default `#ffffff`.
 * @cssprop --cit-color-surface - Widget background. Default `#ffffff`.
 * @cssprop --cit-color-surface-alt - Panels and highlighted rows. Default `#f2f6f6`.
 * @cssprop --cit-color-border - Borders of controls (3:1 against the surface). Default `#6f7c83`.
 * @cssprop --cit-color-focus - Focus ring. Default `#1a55c9`.
 * @cssprop --cit-color-danger - Errors and red flags. Default `#a1262c`.
 * @cssprop --cit-font-family - Font stack. Default the system UI font.
 * @cssprop --cit-font-size - Base size. Default `medium` (the reader's own default).
 * @cssprop --cit-radius - Corner radius. Default `0.5em`.
 * @cssprop --cit-space - Base spacing unit. Default `1em`.
 */
export class CitClinic extends LitElement {
  // No typography of its own: the clinic's page content inside keeps the page's look. Only the
  // problems box takes the kit's.
  static override styles = kitStyles;

  /** The clinic's name, used in booking links and calendar entries. */
  @property({ reflect: false }) name?: string;

  /** Booking page (http or https). A `{date}` in it is replaced by a session's date. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Phone number, shown as a `tel:` link beside red flags and results. */
  @property() phone?: string;

  /** BCP 47 language for every widget inside that has no `locale` of its own. Default: the page's `lang`, else the browser's languages. */
  @property() locale?: string;

  /** Colours of every widget inside without a `theme` of its own: `light` (default), `dark`, or `auto` (the device's preference). */
  @property() theme?: string;

  /** ISO 4217 currency of `price`, such as `EUR`. */
  @property() currency?: string;

  /** Price per session: `350`, or a range `150-600`. Without it, no cost is shown. */
  @property() price?: string;

  /** The settings every widget inside receives. Replaced, never mutated. */
  @provide({ context: clinicContext })
  @state()
  settings: ClinicSettings = { protocol: defaultProtocol };

  @state() private protocolJson: string | null = null;
  @state() private protocolScriptProblems = '';
  @state() private candidacy?: SharedCandidacy;
  @state() private problems: readonly AttributeProblem[] = [];
  /** The JSON's `"messages"` as read (by their text), and the read on its way. */
  @state() private messagesRead?: { readonly text: string; readonly messages?: ClinicMessages; readonly problems: readonly MessageProblem[] };
  private messagesReading?: { readonly text: string; readonly done: Promise<unknown> };

  private readonly localize = new Localize(this);
  private readonly childObserver = new MutationObserver(() => this.readProtocolScript());
  private reportedKey = '';


  override connectedCallback(): void {
    super.connectedCallback();
    this.readProtocolScript();
    // The parser may add the JSON after the element upgrades, and editors may change it later.
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
  }

  private readProtocolScript(): void {
    this.protocolJson = this.querySelector(PROTOCOL_SCRIPT)?.textContent ?? null;
    // Only the first direct child is read: a second one, or one nested deeper, would otherwise be ignored in silence.
    const all = [...this.querySelectorAll(ANY_JSON_SCRIPT)];
    const direct = all.filter((script) => script.parentElement === this);
    this.protocolScriptProblems = [
      ...(direct.length > 1 ? [`${direct.length} JSON scripts; only the first is read`] : []),
      ...(all.length > direct.length ? ['a JSON script not directly inside <cit-clinic> is not read; move it up'] : []),
    ].join('; ');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['name', 'bookingUrl', 'phone', 'locale', 'theme', 'currency', 'price', 'protocolJson', 'protocolScriptProblems', 'candidacy', 'messagesRead'] as const;
    if (this.hasUpdated && !inputs.some((key) => changed.has(key as keyof CitClinic))) return;
    const problems: AttributeProblem[] = [];
    const name = readAttribute(problems, 'name', this.name, text(120));
    const bookingUrl = readAttribute(problems, 'booking-url', this.bookingUrl, urlAttribute);
    const phone = readAttribute(problems, 'phone', this.phone, phoneAttribute);
    const locale = readAttribute(problems, 'locale', this.locale, localeAttribute);
    const theme = readAttribute(problems, 'theme', this.theme, themeAttribute);
    const currency = readAttribute(problems, 'currency', this.currency, currencyAttribute);
    const price = readAttribute(problems, 'price', this.price, priceAttribute);
    if (price && !currency && this.currency === undefined) {
      problems.push({ attribute: 'price', value: '', message: 'needs a currency attribute too (such as currency="EUR")' });
    }
    const { protocol, messages } = this.readJson(problems);
    const settings: { -readonly [K in keyof ClinicSettings]: ClinicSettings[K] } = { protocol, shareCandidacy: this.shareCandidacy };
    if (locale) settings.locale = Intl.getCanonicalLocales(locale)[0] as string;
    if (theme) settings.theme = theme;
    if (messages) settings.messages = messages;
    if (this.candidacy) settings.candidacy = this.candidacy;
    if (name) settings.name = name;
    if (bookingUrl) settings.bookingUrl = bookingUrl;
    if (phone) settings.phone = phone;
    if (currency) settings.currency = currency.toUpperCase();
    if (price && currency) settings.price = parsePrice(price);
    this.settings = Object.freeze(settings);
    this.problems = problems;
    this.reportedKey = reportProblems('cit-clinic', problems, this.reportedKey);
  }

  /** A completed candidacy check hands over its concerns and plan; every widget then sees them. */
  private readonly shareCandidacy = (candidacy: SharedCandidacy): void => {
    this.candidacy = Object.freeze({ ...candidacy, concerns: Object.freeze([...candidacy.concerns]) });
  };

  /** The JSON: protocol overrides, and the clinic's own wording under `"messages"`. Each part's problems are named; the rest still applies. */
  private readJson(problems: AttributeProblem[]): { protocol: Protocol; messages?: ClinicMessages | Promise<unknown> } {
    if (this.protocolScriptProblems) problems.push({ attribute: 'protocol JSON', value: '', message: this.protocolScriptProblems });
    if (this.protocolJson === null || this.protocolJson.trim() === '') return { protocol: defaultProtocol };
    let input: unknown;
    try {
      input = JSON.parse(this.protocolJson);
    } catch (error) {
      problems.push({ attribute: 'protocol JSON', value: '', message: `is not valid JSON (${(error as Error).message})` });
      return { protocol: defaultProtocol };
    }
    let messages: ClinicMessages | Promise<unknown> | undefined;
    if (typeof input === 'object' && input !== null && !Array.isArray(input) && Object.hasOwn(input, 'messages')) {
      const { messages: given, ...protocol } = input as { messages: unknown };
      messages = this.readMessages(given, problems);
      input = protocol;
    }
    return messages ? { protocol: this.readProtocol(input, problems), messages } : { protocol: this.readProtocol(input, problems) };
  }

  /**
   * The clinic's wording, read by a module loaded the first time a JSON has some (most clinics have
   * none, and their pages do not pay for it). Until it is read, a promise the widgets wait for.
   */
  private readMessages(given: unknown, problems: AttributeProblem[]): ClinicMessages | Promise<unknown> | undefined {
    const text = JSON.stringify(given);
    const read = this.messagesRead;
    if (read?.text === text) {
      for (const { path, message } of read.problems) problems.push({ attribute: `messages JSON${path ? ` ${path}` : ''}`, value: '', message });
      return read.messages;
    }
    if (this.messagesReading?.text !== text) {
      const done = import('../../i18n/clinic-messages.js').then(
        ({ readClinicMessages }) => {
          // Set before the promise settles: the clinic's update (and new settings) comes before the widgets'.
          if (this.messagesReading?.text === text) this.messagesRead = { text, ...readClinicMessages(given) };
        },
        (error: unknown) => {
          console.error(`<cit-clinic> could not load its message reader (${String(error)}); the widgets use the kit's wording.`);
          if (this.messagesReading?.text === text) this.messagesRead = { text, problems: [] };
        },
      );
      this.messagesReading = { text, done };
    }
    return this.messagesReading.done;
  }

  private readProtocol(input: unknown, problems: AttributeProblem[]): Protocol {
    try {
      return parseProtocol(input);
    } catch (error) {
      if (!(error instanceof CitInputError)) throw error;
      for (const issue of error.issues.slice(0, MAX_PROTOCOL_PROBLEMS)) {
        // The message quotes the bad value itself; the whole JSON would only bury it.
        problems.push({ attribute: `protocol JSON${issue.path ? ` ${issue.path}` : ''}`, value: '', message: issue.message });
      }
      const more = error.issues.length - MAX_PROTOCOL_PROBLEMS;
      if (more > 0) problems.push({ attribute: 'protocol JSON', value: '', message: `and ${more} more ${more > 1 ? 'problems' : 'problem'}` });
      return defaultProtocol;
    }
  }

  protected override render() {
    // Problems in the clinic's language: shown in English only until its messages arrive (the
    // clinic never holds back its widgets, which wait for their language themselves).
    if (this.problems.length) void this.localize.ready;
    return html`${renderProblems(this.localize, this.problems, this.settings.theme)}<slot></slot>`;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.messagesReading?.done;
    let result = await super.getUpdateComplete();
    while (this.localize.pending) {
      await this.localize.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Without a Trusted Types policy (see CitWidget.update) the widgets inside must still be shown: a bare slot. */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!policyRefused()) throw error;
      if (!this.renderRoot.querySelector('slot')) this.renderRoot.replaceChildren(document.createElement('slot'));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cit-clinic': CitClinic;
  }
}
