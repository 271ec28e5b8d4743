import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asUtcDate, type CalendarDate, type LocalDateTime } from '../core/dates.js';
import { isLocale, pageLocale } from '../elements/attributes.js';
import { en, type Catalog, type MessageKey, type PluralForms, type PluralKey } from './en.js';
import { es } from './es.js';

/** The catalogs in the kit. English is complete and the fallback for anything missing. */
const catalogs: Readonly<Record<string, Partial<Catalog>>> = { en, es };

export const SUPPORTED_LANGUAGES = Object.keys(catalogs);

/** Connected elements, re-rendered when the page's `lang` changes; emptied as they disconnect, so nothing leaks. */
const connected = new Set<ReactiveControllerHost>();
const pageLangObserver = new MutationObserver(() => connected.forEach((host) => host.requestUpdate()));

type Args<K extends MessageKey> = Catalog[K] extends (...args: infer A) => string ? A : [];

/** What a localized element offers the controller: its own `locale` and, inside `<cit-clinic>`, the clinic's. */
export interface LocalizedHost extends ReactiveControllerHost {
  locale?: string | undefined;
  clinicLocale?: string | undefined;
}

/**
 * One per element, not a page-wide singleton: the kit shares its page with other code. Resolves
 * the element's language, picks the catalog (exact, then base language, then English), and formats
 * dates, numbers, money and plurals with `Intl`, caching the formatters it builds.
 */
export class Localize implements ReactiveController {
  private readonly formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

  constructor(private readonly host: LocalizedHost) {
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
    const own = this.host.locale;
    return (own && isLocale(own) ? own : undefined) || this.host.clinicLocale || pageLocale();
  }

  private get catalog(): Partial<Catalog> {
    const lang = this.lang;
    return catalogs[lang] ?? catalogs[lang.split('-')[0] as string] ?? en;
  }

  /** The language of the catalog in use (for a `lang` attribute on the rendered text). */
  get catalogLang(): string {
    const lang = this.lang;
    return catalogs[lang] ? lang : catalogs[lang.split('-')[0] as string] ? (lang.split('-')[0] as string) : 'en';
  }

  term<K extends MessageKey>(key: K, ...args: Args<K>): string {
    const entry = (this.catalog[key] ?? en[key]) as string | ((...a: Args<K>) => string);
    return typeof entry === 'function' ? entry(...args) : entry;
  }

  plural(key: PluralKey, count: number): string {
    const forms = (this.catalog[key] ?? en[key]) as PluralForms;
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
    let format = this.formats.get(cacheKey) as T | undefined;
    if (!format) {
      format = make();
      this.formats.set(cacheKey, format);
    }
    return format;
  }
}
