import { provide } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CitInputError, type CitInputIssue } from '../../core/errors.js';
import { defaultProtocol, type Protocol } from '../../core/protocol.js';
import type { ClinicMessages } from '../../i18n/localize.js';
import { lazy, text } from '../../core/validate.js';
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

/** The parts of the clinic's JSON that a module loaded on demand reads. */
type JsonPart = 'messages' | 'protocol';
interface PartRead {
  readonly text: string;
  readonly value: unknown;
  readonly issues: readonly { readonly path: string; readonly message: string }[];
}

const PROTOCOL_SCRIPT = ':scope > script[type="application/json"]';
const ANY_JSON_SCRIPT = 'script[type="application/json"]';
/** A protocol with many problems lists this many, then a count: the box is for reading, not scrolling. */
const MAX_PROTOCOL_PROBLEMS = 3;
const nameAttribute = /* @__PURE__ */ lazy(() => text(120));

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
  /** Each part of the JSON as read (for the JSON's text), and the reads on their way. */
  @state() private partsRead: Readonly<Partial<Record<JsonPart, PartRead>>> = {};
  private readonly partsReading = new Map<JsonPart, { readonly text: string; readonly done: Promise<unknown> }>();
  /** Reads of the JSON on their way: `updateComplete` waits for them. */
  private readonly reading = new Set<Promise<unknown>>();

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
    const inputs = ['name', 'bookingUrl', 'phone', 'locale', 'theme', 'currency', 'price', 'protocolJson', 'protocolScriptProblems', 'candidacy', 'partsRead'] as const;
    if (this.hasUpdated && !inputs.some((key) => changed.has(key as keyof CitClinic))) return;
    const problems: AttributeProblem[] = [];
    const name = readAttribute(problems, 'name', this.name, nameAttribute);
    const bookingUrl = readAttribute(problems, 'booking-url', this.bookingUrl, urlAttribute);
    const phone = readAttribute(problems, 'phone', this.phone, phoneAttribute);
    const locale = readAttribute(problems, 'locale', this.locale, localeAttribute);
    const theme = readAttribute(problems, 'theme', this.theme, themeAttribute);
    const currency = readAttribute(problems, 'currency', this.currency, currencyAttribute);
    const price = readAttribute(problems, 'price', this.price, priceAttribute);
    if (price && !currency && this.currency === undefined) {
      problems.push({ attribute: 'price', value: '', message: 'needs a currency attribute too (such as currency="EUR")' });
    }
    const { protocol, messages: words } = this.readJson(problems);
    // While the clinic still reads its JSON, the widgets wait (as for a language): neither the kit's
    // wording nor domain.md's defaults show before the clinic's own.
    const reading = [protocol, words].filter((part) => part instanceof Promise);
    const messages = reading.length ? Promise.all(reading) : (words as ClinicMessages | undefined);
    const settings: { -readonly [K in keyof ClinicSettings]: ClinicSettings[K] } = { protocol: protocol instanceof Promise ? defaultProtocol : protocol, shareCandidacy: this.shareCandidacy };
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
    // Reported once the JSON is read, with all of its problems: one console message, not two.
    if (!reading.length) this.reportedKey = reportProblems('cit-clinic', problems, this.reportedKey);
  }


  /** A completed candidacy check hands over its concerns and plan; every widget then sees them. */
  private readonly shareCandidacy = (candidacy: SharedCandidacy): void => {
    this.candidacy = Object.freeze({ ...candidacy, concerns: Object.freeze([...candidacy.concerns]) });
  };

  /** The JSON: protocol overrides, and the clinic's own wording under `"messages"`. Each part's problems are named; the rest still applies. */
  private readJson(problems: AttributeProblem[]): { protocol: Protocol | Promise<unknown>; messages?: ClinicMessages | Promise<unknown> } {
    if (this.protocolScriptProblems) problems.push({ attribute: 'protocol JSON', value: '', message: this.protocolScriptProblems });
    const text = this.protocolJson ?? '';
    if (text.trim() === '') return { protocol: defaultProtocol };
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      problems.push({ attribute: 'protocol JSON', value: '', message: `is not valid JSON (${(error as Error).message})` });
      return { protocol: defaultProtocol };
    }
    let messages: ClinicMessages | Promise<unknown> | undefined;
    if (typeof input === 'object' && input !== null && !Array.isArray(input) && Object.hasOwn(input, 'messages')) {
      const { messages: given, ...protocol } = input as { messages: unknown };
      messages = this.readPart('messages', text, problems, async () => {
        const { readClinicMessages } = await import('../../i18n/clinic-messages.js');
        const { messages, problems } = readClinicMessages(given);
        return { value: messages, issues: problems };
      });
      input = protocol;
    }
    // An object with no overrides (only "messages") needs no reader: domain.md's defaults.
    const overrides = input === null || (typeof input === 'object' && !Array.isArray(input) && !Object.keys(input).length) ? undefined : input;
    // A reader that did not load gives no protocol: then domain.md's defaults too.
    const protocol =
      (overrides === undefined
        ? defaultProtocol
        : this.readPart('protocol', text, problems, async () => {
            const { parseProtocol } = await import('../../core/protocol-reader.js');
            try {
              return { value: parseProtocol(overrides), issues: [] };
            } catch (error) {
              if (!(error instanceof CitInputError)) throw error;
              return { value: defaultProtocol, issues: error.issues };
            }
          })) ?? defaultProtocol;
    return messages ? { protocol, messages } : { protocol };
  }

  /**
   * A part of the JSON (the clinic's wording, its protocol overrides), read by a module loaded the
   * first time a JSON has that part: most clinics have neither, and their pages do not pay for the
   * readers. Until it is read, a promise the widgets wait for (no kit wording, no default the
   * clinic overrides, shows first); once read, its value, with its problems named. A protocol's
   * problems are cut to the first few and a count: the box is for reading, not scrolling.
   */
  private readPart<T>(part: JsonPart, text: string, problems: AttributeProblem[], read: () => Promise<{ value: T; issues: readonly CitInputIssue[] }>): T | undefined | Promise<unknown> {
    const done = this.partsRead[part];
    if (done?.text === text) {
      const max = part === 'protocol' ? MAX_PROTOCOL_PROBLEMS : Infinity;
      // Each message quotes the bad value itself; the whole JSON would only bury it.
      for (const { path, message } of done.issues.slice(0, max)) problems.push({ attribute: `${part} JSON${path ? ` ${path}` : ''}`, value: '', message });
      const more = done.issues.length - max;
      if (more > 0) problems.push({ attribute: `${part} JSON`, value: '', message: `and ${more} more ${more > 1 ? 'problems' : 'problem'}` });
      return done.value as T | undefined;
    }
    const reading = this.partsReading.get(part);
    if (reading?.text === text) return reading.done;
    const settle = (result: PartRead) => {
      // Set before the promise settles: the clinic's update (and new settings) comes before the widgets'.
      if (this.partsReading.get(part)?.text === text) this.partsRead = { ...this.partsRead, [part]: result };
    };
    const promise = read().then(
      ({ value, issues }) => settle({ text, value, issues }),
      (error: unknown) => {
        console.error(`<cit-clinic> could not load its ${part} reader (${String(error)}); the widgets use the kit's own ${part}.`);
        settle({ text, value: undefined, issues: [{ path: '', message: `could not be read: the kit's ${part} reader did not load` }] });
      },
    );
    this.reading.add(promise);
    void promise.then(() => this.reading.delete(promise));
    this.partsReading.set(part, { text, done: promise });
    return promise;
  }

  protected override render() {
    // Problems in the clinic's language: shown in English only until its messages arrive (the
    // clinic never holds back its widgets, which wait for their language themselves).
    if (this.problems.length) void this.localize.ready;
    return html`${renderProblems(this.localize, this.problems, this.settings.theme)}<slot></slot>`;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.reading.size || this.localize.pending) {
      await Promise.all([...this.reading, this.localize.pending]);
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
