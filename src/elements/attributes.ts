import { localDateOf, localDateTimeOf } from '../core/dates.js';
import { currencyCode, lazy, quote, z } from '../core/validate.js';

/** A bad attribute: which one, the value given, and what is wrong, for the page's builder to read. */
export interface AttributeProblem {
  readonly attribute: string;
  readonly value: string;
  readonly message: string;
}

/**
 * An attribute's value as text, also when it was set as a property from JavaScript (React 19 sets
 * properties, not attributes) with a natural type: a finite number (`planner.sessions = 5`), a
 * `Date` for a date (the patient's own calendar day, or day and time), a list of texts for a list
 * (`planner.concerns = ['texture', 'pores']`). Anything else is not taken: `undefined`.
 */
export function attributeText(value: unknown, date: 'date' | 'date-time' = 'date'): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : date === 'date' ? localDateOf(value) : localDateTimeOf(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(' ');
  return undefined;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'an invalid Date';
  if (typeof value === 'number') return `the number ${String(value)}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Parses one attribute's value (or the property's, set from JavaScript). Returns the parsed value,
 * or records the problem and returns `undefined` so the element carries on with its default.
 */
export function readAttribute<S extends z.ZodMiniType>(
  problems: AttributeProblem[],
  attribute: string,
  value: unknown,
  schema: () => S,
  date: 'date' | 'date-time' = 'date',
): z.infer<S> | undefined {
  if (value === null || value === undefined) return undefined;
  const text = attributeText(value, date);
  if (text === undefined) {
    problems.push({ attribute, value: '', message: `must be text, a number, a Date or a list of texts, not ${kindOf(value)}` });
    return undefined;
  }
  const result = schema().safeParse(text.trim());
  if (result.success) return result.data;
  problems.push({ attribute, value: text, message: result.error.issues[0]?.message ?? 'is not valid' });
  return undefined;
}

/** One line naming the attribute and quoting the bad value once: `booking-url: “javascript:…” is not …`. */
export function describeProblem({ attribute, value, message }: AttributeProblem): string {
  return !value || message.includes(quote(value)) ? `${attribute}: ${message}` : `${attribute}: ${quote(value)} ${message}`;
}

/** A text attribute passing `test`, else named with what was expected; built when first read. */
const withMessage = (test: (value: string) => boolean, expected: string) =>
  lazy(() => z.string().check(z.refine(test, { error: (issue) => `${quote(issue.input)} is not ${expected}` })));

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const localeChecks = new Map<string, boolean>();

/** Whether `Intl` accepts the value as one BCP 47 language tag (cached: renders ask often). */
export function isLocale(value: string): boolean {
  let valid = localeChecks.get(value);
  if (valid === undefined) {
    try {
      valid = Intl.getCanonicalLocales(value).length === 1;
    } catch {
      valid = false;
    }
    localeChecks.set(value, valid);
  }
  return valid;
}

export const urlAttribute = /* @__PURE__ */ withMessage(isHttpUrl, 'an http or https address (such as https://clinic.example/book)');

/** A phone number as clinics write it, with an extension after it if there is one (`ext. 12`, `x12`). */
const PHONE = /^(\+?[\d\s().-]{3,30}?)(?:\s*(?:ext\.?|x|#)\s*(\d{1,6}))?$/i;

export const phoneAttribute = /* @__PURE__ */ withMessage(
  (v) => PHONE.test(v) && ((PHONE.exec(v)?.[1] ?? '').match(/\d/g)?.length ?? 0) >= 3,
  'a phone number (digits, spaces, + ( ) . -, then an extension such as ext. 12)',
);

/** The `tel:` address of a valid phone number: its digits and `+`, and `;ext=` for an extension (RFC 3966). */
export function telUrl(phone: string): string {
  const [, number = phone, extension] = PHONE.exec(phone) ?? [];
  return `tel:${number.replace(/[^\d+]/g, '')}${extension ? `;ext=${extension}` : ''}`;
}

export const localeAttribute = /* @__PURE__ */ withMessage(isLocale, 'a language tag such as en, es or en-GB');

export const currencyAttribute = currencyCode;

/** The widgets' colours: light (the default), dark, or auto (the device's preference). */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const themeAttribute = /* @__PURE__ */ withMessage((v) => (THEMES as readonly string[]).includes(v), 'a theme: light, dark or auto') as () => z.ZodMiniType<Theme>;

/** A heading level, 1 to 6: the level of a widget's title (its sections one below). */
export const headingLevelAttribute = /* @__PURE__ */ withMessage((v) => /^[1-6]$/.test(v), 'a heading level from 1 to 6');

const PRICE = /^(\d{1,7}(?:\.\d{1,2})?)(?:\s*[-–]\s*(\d{1,7}(?:\.\d{1,2})?))?$/;

/** `350`, `49.50`, or a range `150-600`. */
export const priceAttribute = /* @__PURE__ */ lazy(() =>
  z.string().check(
    z.refine(
      (v) => {
        const m = PRICE.exec(v);
        return !!m && (m[2] === undefined || Number(m[1]) <= Number(m[2]));
      },
      { error: (issue) => `${quote(issue.input)} is not a price such as 350 or a range such as 150-600 (lowest first)` },
    ),
  ),
);

/** A valid `price` attribute as numbers: a single price has min = max. */
export function parsePrice(value: string): { min: number; max: number } {
  const m = PRICE.exec(value) as RegExpExecArray;
  return { min: Number(m[1]), max: Number(m[2] ?? m[1]) };
}

/** The page's language: its `lang`, else the browser's, else English. */
export function pageLocale(): string {
  const candidates = [document.documentElement.lang, navigator.language, 'en'];
  return candidates.find((c) => c && isLocale(c)) ?? 'en';
}
