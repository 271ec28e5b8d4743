import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asUtcDate, type CalendarDate, type LocalDateTime } from '../core/dates.js';
import { isLocale, pageLocale } from '../elements/attributes.js';
import { en, type Catalog, type MessageKey, type Messages, type PluralForms, type PluralKey } from './en.js';
import { LANGUAGES, type LanguagePack } from './languages.js';

/** Language packs loaded so far (`null`: it could not load, English is used), and those on their way. */
const packs = new Map<string, LanguagePack | null>();
const loading = new Map<string, Promise<void>>();

function loadPack(code: string): Promise<void> {
  let promise = loading.get(code);
  if (!promise) {
    promise = (LANGUAGES[code] as () => Promise<{ default: LanguagePack }>)().then(
      (module) => void packs.set(code, module.default),
      (error: unknown) => {
        packs.set(code, null);
        console.warn(`cit-widgets: the "${code}" messages could not load (${String(error)}); the widgets show English.`);
      },
    );
    loading.set(code, promise);
  }
  return promise;
}

type Args<C, K extends keyof C> = C[K] extends (...args: infer A) => string ? A : [];

/**
 * `Intl` formatters by language and options, shared by every element: building one costs about a
 * millisecond (more on a slow phone), and they are immutable, so no element can disturb another's.
 * A handful of languages times a handful of option sets: it stays small.
 */
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

/** Connected elements, re-rendered when the page's `lang` changes; emptied as they disconnect, so nothing leaks. */
const connected = new Set<ReactiveControllerHost>();
const pageLangObserver = new MutationObserver(() => connected.forEach((host) => host.requestUpdate()));

/** What a localized element offers the controller: its own `locale` and, inside `<cit-clinic>`, the clinic's. */
export interface LocalizedHost extends ReactiveControllerHost {
  locale?: string | undefined;
  clinicLocale?: string | undefined;
}

/**
 * One per element, not a page-wide singleton: the kit shares its page with other code. Resolves
 * the element's language, looks messages up in the element's own catalog and then the kit's shared
 * one (exact language, then base language, then English), and formats dates, numbers, money and
 * plurals with `Intl` (the formatters, being immutable, are shared).
 */
export class Localize<M extends Messages = Record<never, never>> implements ReactiveController {
  private readonly merged = new Map<string, Catalog & M>();

  /** The language pack on its way, while the host waits to render in it. */
  pending: Promise<void> | undefined;

  constructor(
    private readonly host: LocalizedHost,
    /** The element's own messages in English (complete), and its tag, under which language packs hold the rest. */
    private readonly own?: M,
    private readonly tag = '',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.host);
    if (connected.size === 1) pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    connected.delete(this.host);
    if (connected.size === 0) pageLangObserver.disconnect();
  }

  /** The BCP 47 locale in use. An invalid `locale` attribute is reported by the element and skipped here. */
  get lang(): string {
    // A property set from JavaScript can be anything: only a valid language tag is used (the element reports the rest).
    const own: unknown = this.host.locale;
    return (typeof own === 'string' && isLocale(own) ? own : undefined) || this.host.clinicLocale || pageLocale();
  }

  /** The kit's language for the requested one: itself, else its base language, else English. */
  private get code(): string {
    const lang = this.lang;
    const base = lang.split('-')[0] as string;
    return Object.hasOwn(LANGUAGES, lang) ? lang : Object.hasOwn(LANGUAGES, base) ? base : 'en';
  }

  /**
   * Whether the messages for the element's language are here. If not, starts loading them (once
   * per page) and asks the host to render when they arrive: the host waits rather than flash English.
   */
  get ready(): boolean {
    const code = this.code;
    if (code === 'en' || packs.has(code)) return true;
    this.pending ??= loadPack(code).then(() => {
      this.pending = undefined;
      this.host.requestUpdate();
    });
    return false;
  }

  /** The language of the messages in use (for a `lang` attribute on the rendered text). */
  get catalogLang(): string {
    const code = this.code;
    return packs.get(code) ? code : 'en';
  }

  /** Every message for the current language, falling back message by message to English. */
  private get messages(): Catalog & M {
    const code = this.catalogLang;
    let messages = this.merged.get(code);
    if (!messages) {
      const pack = packs.get(code);
      messages = { ...en, ...this.own, ...pack?.shared, ...pack?.elements[this.tag] } as Catalog & M;
      this.merged.set(code, messages);
    }
    return messages;
  }

  term<K extends MessageKey<Catalog & M>>(key: K, ...args: Args<Catalog & M, K>): string {
    const entry = this.messages[key] as string | ((...a: Args<Catalog & M, K>) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  }

  plural(key: PluralKey<Catalog & M>, count: number): string {
    const forms = this.messages[key] as PluralForms;
    const rule = this.format('plural', () => new Intl.PluralRules(this.lang)) as Intl.PluralRules;
    const form = forms[rule.select(count) as keyof PluralForms] ?? forms.other;
    return form.replace('{n}', this.number(count));
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

  private format<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
    const cacheKey = `${this.lang}|${key}`;
    let format = formats.get(cacheKey) as T | undefined;
    if (!format) {
      format = make();
      formats.set(cacheKey, format);
    }
    return format;
  }
}
