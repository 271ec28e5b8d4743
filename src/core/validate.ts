import * as z from 'zod/mini';
import { CitInputError, type CitInputIssue } from './errors.js';
import { DateOutOfRangeError, isCalendarDate, isLocalDateTime, isOutsideSupportedYears, MAX_YEAR, MIN_YEAR } from './dates.js';

// zod can compile object parsers with `new Function`, which strict Content-Security-Policies
// refuse and report. zod/mini's objects do not (so no such code is in the bundle today); jitless
// mode keeps it that way if a later zod changes. The kit bundles its own zod: the setting is ours alone.
z.config({ jitless: true });

export { z };

const MAX_SHOWN = 60;
const MAX_KEYS_SHOWN = 5;

/** A value quoted for a message, cut short so a 10 000-character attribute cannot flood the page. */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined) return 'nothing';
  // JSON would write Infinity (a number too large for JSON, such as 1e400) and NaN as null.
  else if (typeof value === 'number' || typeof value === 'bigint') text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return `“${text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text}”`;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${quote(value)}`;
}

type RawIssue = z.core.$ZodRawIssue;

/** zod's issues in plain words, each naming the bad value. */
function plainMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      // 1e400 in JSON reads as Infinity: a number, but not one the kit can use.
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return `${quote(issue.input)} is not a finite number`;
      return `must be ${typeNames[issue.expected] ?? issue.expected}, not ${describe(issue.input)}`;
    case 'invalid_value':
      return `${quote(issue.input)} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys': {
      // A huge object can have thousands: name a few and count the rest.
      const shown = issue.keys.slice(0, MAX_KEYS_SHOWN).map((k) => quote(k)).join(', ');
      const more = issue.keys.length - MAX_KEYS_SHOWN;
      return `has unknown ${issue.keys.length > 1 ? 'fields' : 'field'} ${shown}${more > 0 ? ` and ${more} more` : ''}`;
    }
    default:
      return issue.message ?? `${quote(issue.input)} is not valid`;
  }
}

function pathOf(path: readonly PropertyKey[] | undefined): string {
  return (path ?? []).map(String).join('.');
}

/**
 * A copy of plain data (objects and arrays, as JSON or a caller builds them) holding only what is
 * its own: objects without a prototype, so a page's `Object.prototype.concerns` (old libraries add
 * such properties) can neither fill a field the caller left out nor one zod's result lacks.
 * Anything else is kept as it is; past a depth no input of the kit reaches, too.
 */
export function ownData(value: unknown, depth = 0): unknown {
  if (depth > 16 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => ownData(item, depth + 1));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) copy[key] = ownData((value as Record<string, unknown>)[key], depth + 1);
  return copy;
}

/**
 * A schema built the first time it is used, once: building zod schemas costs start-up time, and a
 * page needs few of them (the clinic's protocol reader, for one, only with a protocol).
 */
export function lazy<S extends z.ZodMiniType>(build: () => S): () => S {
  let schema: S | undefined;
  return () => (schema ??= build());
}

/** Parses `input` or throws a `CitInputError` whose issues say, in plain words, what is wrong. */
export function parseInput<S extends z.ZodMiniType>(schema: () => S, input: unknown, context: string): z.infer<S> {
  const result = schema().safeParse(ownData(input), { reportInput: true, error: (issue) => plainMessage(issue) });
  if (result.success) return ownData(result.data) as z.infer<S>;
  const issues: CitInputIssue[] = result.error.issues.map((issue) => ({
    path: pathOf(issue.path),
    message: issue.message,
  }));
  throw new CitInputError(issues, context);
}

// Shared field schemas. Custom checks carry their own messages, naming the value.

/** Why a date or time is refused: outside the supported years, or not a real one in the expected form. */
function badDate(value: unknown, form: string): string {
  return typeof value === 'string' && isOutsideSupportedYears(value)
    ? `${quote(value)} is outside the supported years ${MIN_YEAR}–${MAX_YEAR}`
    : `${quote(value)} is not a real date${form.includes('T') ? ' and time' : ''} in the form ${form}`;
}

export const calendarDate = /* @__PURE__ */ lazy(() => z.string().check(z.refine(isCalendarDate, { error: (issue) => badDate(issue.input, 'YYYY-MM-DD') })));

export const localDateTime = /* @__PURE__ */ lazy(() => z.string().check(z.refine(isLocalDateTime, { error: (issue) => badDate(issue.input, 'YYYY-MM-DDTHH:mm') })));

/**
 * Runs an engine computation; a date it would compute outside the supported years becomes a
 * `CitInputError` on `path`, the input that leads there (domain.md: refused the same way as input).
 */
export function computing<T>(context: string, path: string, value: unknown, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof DateOutOfRangeError)) throw error;
    throw new CitInputError(
      [{ path, message: `${quote(value)} leads to a date in ${error.year}, outside the supported years ${MIN_YEAR}–${MAX_YEAR}` }],
      context,
    );
  }
}

/** A list of ids from one of domain.md's tables, each at most once, at least `min` of them. */
export function idList<const T extends readonly [string, ...string[]]>(ids: T, min = 0, what = 'ids') {
  return z.array(z.enum(ids)).check(
    z.refine((list) => list.length >= min, { error: `must list at least ${min} ${what}` }),
    z.refine((list) => new Set(list).size === list.length, { error: 'lists the same id more than once' }),
  );
}

/** A date or a wall-clock time: calendar events take either. */
export const dateOrTime = /* @__PURE__ */ lazy(() =>
  z.string().check(
    z.refine((v) => isCalendarDate(v) || isLocalDateTime(v), {
      error: (issue) =>
        typeof issue.input === 'string' && isOutsideSupportedYears(issue.input)
          ? badDate(issue.input, 'YYYY-MM-DD')
          : `${quote(issue.input)} is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:mm)`,
    }),
  ),
);

// Every check below is a `refine`: zod's separate check classes (minLength, maximum, int …) would
// each add their code to the bundle, and one mechanism does for all of them.

/** A whole number from `min` to `max`. */
export const intRange = (min: number, max: number) =>
  z.number().check(
    z.refine((v) => Number.isInteger(v) && v >= min && v <= max, {
      error: (issue) => `must be a whole number from ${min} to ${max}, not ${quote(issue.input)}`,
    }),
  );

/** A price or other amount: finite and not negative. */
export const amount = /* @__PURE__ */ lazy(() =>
  z.number().check(z.refine((v) => Number.isFinite(v) && v >= 0, { error: (issue) => `must be zero or more, not ${quote(issue.input)}` })),
);

/** Text of 1 to `max` characters (`min` 0 allows empty text). */
export const text = (max: number, min = 1) =>
  z.string().check(z.refine((v) => v.length >= min && v.length <= max, { error: `must be ${min} to ${max} characters long` }));

/** A list of `min` to `max` items. */
export const list = <T extends z.ZodMiniType>(item: T, min: number, max: number, what = 'items') =>
  z.array(item).check(z.refine((v) => v.length >= min && v.length <= max, { error: `must list ${min} to ${max} ${what}` }));

let currencies: ReadonlySet<string> | undefined;
/** The currencies this browser can format: asked once (the list has some 300 entries), not at every check. */
const supportedCurrencies = (): ReadonlySet<string> => (currencies ??= new Set(Intl.supportedValuesOf('currency')));

/** An ISO 4217 currency code this browser can format, in any case (callers upper-case it). */
export const currencyCode = /* @__PURE__ */ lazy(() =>
  z.string().check(
    z.refine((code) => /^[A-Za-z]{3}$/.test(code) && supportedCurrencies().has(code.toUpperCase()), {
      error: (issue) => `${quote(issue.input)} is not an ISO 4217 currency code such as EUR or USD`,
    }),
  ),
);
