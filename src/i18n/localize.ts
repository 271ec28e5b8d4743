import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asUtcDate, type CalendarDate, type LocalDateTime } from '../core/dates.js';
import { isLocale } from '../elements/attributes.js';
import type { MessageProblem } from './check-messages.js';
import { chooseLanguage, directionOf, ENGLISH, type LanguageChoice, type LanguageRequest } from './language-choice.js';
import { en } from './messages/en.js';
import type { MessageKey, Messages, PluralForms, PluralKey, Values } from './types.js';

/** Each language's messages, one file per language: `./messages/fr.ts` and so on. */
export type LanguageFiles = Readonly<Record<string, () => Promise<{ default: Messages }>>>;

/** The words every element shares, per language; English is built in. */
const SHARED_FILES: LanguageFiles = import.meta.glob<{ default: Messages }>(['./messages/*.ts', '!./messages/en.ts']);

const codeOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.ts'.length);

/** The kit's languages: English and every language with a file of shared words. */
export const KIT_LANGUAGES: readonly string[] = ['en', ...Object.keys(SHARED_FILES).map(codeOf)];

/** Loaded message files by `tag:code` (`null`: it could not load), and those on their way. */
const files = new Map<string, Messages | null>();
const loading = new Map<string, Promise<void>>();
/** The clinic's reads (promises in its settings) that have settled. */
const settled = new WeakSet<Promise<unknown>>();
/** Languages already warned about, so that a page with many widgets warns once. */
const warned = new Set<string>();

function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`cit-widgets: ${message}`);
}

function loadFile(key: string, load: (() => Promise<{ default: Messages }>) | undefined, code: string): Promise<void> {
  let promise = loading.get(key);
  if (!promise) {
    promise = (load ? load() : Promise.reject(new Error('no such file'))).then(
      (module) => void files.set(key, module.default),
      (error: unknown) => {
        files.set(key, null);
        warnOnce(`load:${code}`, `the "${code}" messages could not load (${String(error)}); the widgets show English.`);
      },
    );
    loading.set(key, promise);
  }
  return promise;
}

/**
 * A clinic's own messages for one language, as `<cit-clinic>` gives them: the shared ones checked
 * there, each element's group checked by that element (only it knows its messages).
 */
export interface ClinicLanguage {
  /** The kit language these messages reword, or `undefined` when the clinic adds a language of its own. */
  readonly rewords: string | undefined;
  readonly shared: Messages;
  /** Whether `shared` holds every shared message (needed for a language the kit lacks). */
  readonly sharedComplete: boolean;
  readonly elements: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}
/** An element's own messages in a clinic's wording, checked: per language, what passed; the problems; the languages now complete. */
export interface ElementWording {
  readonly own: Readonly<Record<string, Messages>>;
  readonly problems: readonly MessageProblem[];
  readonly complete: readonly string[];
}

/**
 * A clinic's wording, per language, and the check each element runs on its own group: the check
 * comes with the messages (loaded on demand by `<cit-clinic>` when its JSON has some), so no page
 * without them pays for it.
 */
export interface ClinicMessages {
  readonly languages: Readonly<Record<string, ClinicLanguage>>;
  /** Checks the clinic's group for element `tag` against the element's English messages `own`. */
  readonly checkElement: (own: Messages, tag: string) => ElementWording;
}

const NO_WORDING: ElementWording = { own: {}, problems: [], complete: [] };

type Args<C, K extends keyof C> = Values<C[K]>;

/**
 * `Intl` formatters by language and options, shared by every element: building one costs about a
 * millisecond (more on a slow phone), and they are immutable, so no element can disturb another's.
 */
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>();

/** Connected elements, re-rendered when the page's `lang` or the browser's languages change; emptied as they disconnect. */
const connected = new Set<ReactiveControllerHost>();
/** The browser's languages, read again when they change (reading them allocates a new list each time). */
let browserLanguages: readonly string[] = navigator.languages;
const updateAll = () => {
  browserLanguages = navigator.languages;
  connected.forEach((host) => host.requestUpdate());
};
const pageLangObserver = new MutationObserver(updateAll);

/** What a localized element offers the controller: its own `locale` and, inside `<cit-clinic>`, the clinic's. */
export interface LocalizedHost extends ReactiveControllerHost {
  locale?: string | undefined;
  readonly clinicLocale?: string | undefined;
  /** The clinic's wording; a promise while `<cit-clinic>` reads it (the element waits, as for a language). */
  readonly clinicMessages?: ClinicMessages | Promise<unknown> | undefined;
}


/**
 * One per element, not a page-wide singleton: the kit shares its page with other code. Chooses the
 * element's language (its `locale`, its clinic's, the page's `lang`, the browser's languages), loads
 * that language's messages before the element renders in it, looks messages up (the clinic's
 * wording, then the language's, then English), and formats dates, numbers, money and plurals with
 * `Intl` in the same language.
 */
export class Localize<M extends Messages = Record<never, never>> implements ReactiveController {
  // Each set here, not left to the prototype chain: a page's `Object.prototype.pending` must not be
  // read as one (the host would wait on it for ever).
  private merged: { key: string; clinic: ClinicMessages | undefined; messages: Messages } | undefined = undefined;
  private chosen: { inputs: readonly unknown[]; choice: LanguageChoice } | undefined = undefined;
  private checked: { clinic: ClinicMessages | undefined; wording: ElementWording } | undefined = undefined;

  /** The messages on their way, while the host waits to render in their language. */
  pending: Promise<void> | undefined = undefined;

  constructor(
    private readonly host: LocalizedHost,
    /** The element's own messages in English (complete), its tag, and its files of other languages. */
    private readonly own: M = {} as M,
    private readonly tag = '',
    private readonly ownFiles: LanguageFiles = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A change may have gone unheard (none was listening, or a page script redefined the list).
    browserLanguages = navigator.languages;
    connected.add(this.host);
    if (connected.size === 1) {
      pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
      addEventListener('languagechange', updateAll);
    }
  }

  hostDisconnected(): void {
    connected.delete(this.host);
    if (connected.size === 0) {
      pageLangObserver.disconnect();
      removeEventListener('languagechange', updateAll);
    }
  }

  /** The clinic's wording once read (none while `<cit-clinic>` still reads it). */
  private get clinicWords(): ClinicMessages | undefined {
    const clinic = this.host.clinicMessages;
    return clinic instanceof Promise ? undefined : clinic;
  }

  /** The clinic's messages checked against this element's own: per language, what passed, and the problems. */
  private get clinicCheck(): ElementWording {
    const clinic = this.clinicWords;
    if (!this.checked || this.checked.clinic !== clinic) this.checked = { clinic, wording: clinic?.checkElement(this.own, this.tag) ?? NO_WORDING };
    return this.checked.wording;
  }

  /** Problems in the clinic's messages for this element, for the element to show with its other settings. */
  get settingProblems(): readonly MessageProblem[] {
    return this.clinicCheck.problems;
  }

  /** The choice of language from the element's, clinic's, page's and browser's languages (recomputed only when one changes). */
  private get choice(): LanguageChoice {
    // Asked for by every message, date and number of a render: its inputs are compared as they are
    // (the browser's languages as last read), and the choice is worked out again only when one changed.
    const inputs = [this.host.locale as unknown, this.host.clinicLocale, document.documentElement.lang, browserLanguages, this.clinicWords] as const;
    if (this.chosen?.inputs.every((input, i) => input === inputs[i])) return this.chosen.choice;
    const [own, clinicLocale, page] = inputs;
    const requests: LanguageRequest[] = [
      // A property set from JavaScript can be anything: only a valid tag is used (the element reports the rest).
      { tag: typeof own === 'string' && own && isLocale(own) ? own : undefined, setting: true },
      { tag: clinicLocale, setting: true },
      { tag: page, setting: true },
      ...browserLanguages.map((tag) => ({ tag, setting: false })),
    ];
    const choice = chooseLanguage(requests, [...KIT_LANGUAGES, ...this.clinicCheck.complete]);
    for (const tag of choice.unmatched) warnOnce(`unmatched:${tag}`, `no messages in "${tag}"; the widgets use the next language asked for (${choice.code}). Languages: ${KIT_LANGUAGES.join(', ')}, or add one in <cit-clinic>'s JSON.`);
    this.chosen = { inputs, choice };
    return choice;
  }

  /** The files a kit language needs here (its shared words, and this element's own), or none for English and a clinic's own language. */
  private filesFor(code: string): [key: string, load: LanguageFiles[string] | undefined][] {
    if (code === 'en' || !KIT_LANGUAGES.includes(code)) return [];
    const path = `./messages/${code}.ts`;
    return this.tag ? [[`shared:${code}`, SHARED_FILES[path]], [`${this.tag}:${code}`, this.ownFiles[path]]] : [[`shared:${code}`, SHARED_FILES[path]]];
  }

  /** The language in use: the chosen one once its messages are here; English while they load, or when they could not. */
  private get inUse(): LanguageChoice {
    const choice = this.choice;
    return this.filesFor(choice.code).every(([key]) => files.get(key)) ? choice : ENGLISH;
  }

  /**
   * Whether the messages for the element's language are here (or could not load: then English).
   * If not, starts loading them (once per page) and asks the host to render when they arrive: the
   * host waits rather than flash English.
   */
  get ready(): boolean {
    const clinic = this.host.clinicMessages;
    // A settled promise is not waited for again: an element taken out of its <cit-clinic> while the
    // clinic read its JSON keeps that promise (it no longer hears the clinic), and would otherwise
    // ask to render, wait, and ask again without end.
    if (clinic instanceof Promise && !settled.has(clinic)) {
      const settle = (): void => {
        settled.add(clinic);
        this.pending = undefined;
        this.host.requestUpdate();
      };
      this.pending ??= clinic.then(settle, settle);
      return false;
    }
    const code = this.choice.code;
    const needed = this.filesFor(code);
    if (needed.every(([key]) => files.has(key))) return true;
    this.pending ??= Promise.all(needed.map(([key, load]) => loadFile(key, load, code))).then(() => {
      this.pending = undefined;
      this.host.requestUpdate();
    });
    return false;
  }

  /** The BCP 47 locale for dates, numbers and plurals. */
  get lang(): string {
    return this.inUse.locale;
  }

  /** The language of the text, for the `lang` attribute of the element's root. */
  get catalogLang(): string {
    return this.inUse.code;
  }

  /** The direction of the text, for the `dir` attribute of the element's root. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.inUse.code);
  }

  /** Every message for the current language: the clinic's wording, the language's, then English. */
  private get messages(): Messages {
    const code = this.catalogLang;
    const clinic = this.clinicWords;
    if (this.merged?.key !== code || this.merged.clinic !== clinic) {
      const keys = this.filesFor(code).map(([key]) => key);
      // A clinic's wording applies to the kit language it rewords, or is the language itself.
      const clinicCodes = Object.entries(clinic?.languages ?? {}).filter(([own, language]) => (language.rewords ?? own) === code);
      const messages: Messages = Object.assign(
        {},
        en,
        this.own,
        ...keys.map((key) => files.get(key) ?? {}),
        ...clinicCodes.flatMap(([own, language]) => [language.shared, this.clinicCheck.own[own] ?? {}]),
      );
      this.merged = { key: code, clinic, messages };
    }
    return this.merged.messages;
  }

  term<K extends MessageKey<typeof en & M>>(key: K, ...values: Args<typeof en & M, K>): string {
    const text = this.messages[key] as string;
    const given = values[0] as Readonly<Record<string, string | number>> | undefined;
    return given ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(given, name) ? this.value(given[name] as string | number) : whole)) : text;
  }

  /** A value in a message; in right-to-left text, isolated (FSI … PDI) so a phone number or a Latin name keeps its own order. */
  private value(value: string | number): string {
    const text = typeof value === 'number' ? this.number(value) : value;
    return this.dir === 'rtl' ? `\u2068${text}\u2069` : text;
  }

  plural(key: PluralKey<typeof en & M>, count: number): string {
    const forms = this.messages[key] as PluralForms;
    const rule = this.format('plural', () => new Intl.PluralRules(this.lang)) as Intl.PluralRules;
    const form = forms[rule.select(count) as keyof PluralForms] ?? forms.other;
    return form.replace('{n}', this.number(count));
  }

  /** Amounts of different units read together, as the language joins them: "4 days 9 hours", « 4 jours et 9 heures ». */
  units(parts: readonly string[]): string {
    return (this.format('units', () => new Intl.ListFormat(this.lang, { type: 'unit', style: 'narrow' })) as Intl.ListFormat).format(parts);
  }

  number(value: number, options: Intl.NumberFormatOptions = {}): string {
    return (this.format(`n${JSON.stringify(options)}`, () => new Intl.NumberFormat(this.lang, options)) as Intl.NumberFormat).format(value);
  }

  currency(value: number, currency: string): string {
    const whole = Number.isInteger(value);
    return this.number(value, { style: 'currency', currency, maximumFractionDigits: whole ? 0 : 2, minimumFractionDigits: whole ? 0 : 2 });
  }

  /** A calendar date, as the patient's locale writes it. No time zone shifts it: it is a day, not an instant. */
  date(value: CalendarDate, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    return this.dateFormat(options).format(asUtcDate(value));
  }

  /** A wall-clock time with its date. */
  dateTime(value: LocalDateTime, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
    return this.dateFormat(options).format(asUtcDate(value));
  }

  private dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return this.format(`d${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(this.lang, { ...options, timeZone: 'UTC' })) as Intl.DateTimeFormat;
  }

  private format<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>(key: string, make: () => T): T {
    const cacheKey = `${this.lang}|${key}`;
    let format = formats.get(cacheKey) as T | undefined;
    if (!format) {
      format = make();
      formats.set(cacheKey, format);
    }
    return format;
  }
}
