import * as z from 'zod/mini';
import { CitInputError, type CitInputIssue } from './errors.js';
import { isCalendarDate, isLocalDateTime } from './dates.js';

// Strict Content-Security-Policies report even a caught `new Function` probe; zod's jitless mode
// never makes it. The kit bundles its own zod, so this setting is the kit's alone.
z.config({ jitless: true });

export { z };

const MAX_SHOWN = 60;

/** A value quoted for a message, cut short so a 10 000-character attribute cannot flood the page. */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined) return 'nothing';
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
      return `must be ${typeNames[issue.expected] ?? issue.expected}, not ${describe(issue.input)}`;
    case 'invalid_value':
      return `${quote(issue.input)} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${issue.minimum}`;
      if (issue.origin === 'string') return `must be at least ${issue.minimum} characters`;
      return `must be at least ${issue.minimum}${issue.inclusive === false ? ' (exclusive)' : ''}, not ${quote(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must list at most ${issue.maximum}`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters long`;
      return `must be at most ${issue.maximum}, not ${quote(issue.input)}`;
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length > 1 ? 'fields' : 'field'} ${issue.keys.map((k) => quote(k)).join(', ')}`;
    default:
      return issue.message ?? `${quote(issue.input)} is not valid`;
  }
}

function pathOf(path: readonly PropertyKey[] | undefined): string {
  return (path ?? []).map(String).join('.');
}

/** Parses `input` or throws a `CitInputError` whose issues say, in plain words, what is wrong. */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown, context: string): z.infer<S> {
  const result = schema.safeParse(input, { reportInput: true, error: (issue) => plainMessage(issue) });
  if (result.success) return result.data;
  const issues: CitInputIssue[] = result.error.issues.map((issue) => ({
    path: pathOf(issue.path),
    message: issue.message,
  }));
  throw new CitInputError(issues, context);
}

// Shared field schemas. Custom checks carry their own messages, naming the value.

export const calendarDate = z.string().check(
  z.refine(isCalendarDate, { error: (issue) => `${quote(issue.input)} is not a real date in the form YYYY-MM-DD` }),
);

export const localDateTime = z.string().check(
  z.refine(isLocalDateTime, {
    error: (issue) => `${quote(issue.input)} is not a real date and time in the form YYYY-MM-DDTHH:mm`,
  }),
);

/** A list of ids from one of domain.md's tables, each at most once. */
export function idList<const T extends readonly [string, ...string[]]>(ids: T) {
  return z.array(z.enum(ids)).check(
    z.refine((list) => new Set(list).size === list.length, { error: 'lists the same id more than once' }),
  );
}

/** An ISO 4217 currency code this browser can format, upper-cased. */
export const currencyCode = z.pipe(
  z.string().check(
    z.refine((code) => /^[A-Za-z]{3}$/.test(code) && isKnownCurrency(code.toUpperCase()), {
      error: (issue) => `${quote(issue.input)} is not an ISO 4217 currency code such as EUR or USD`,
    }),
  ),
  z.transform((code: string) => code.toUpperCase()),
);

function isKnownCurrency(code: string): boolean {
  const supported = (Intl as { supportedValuesOf?: (key: 'currency') => string[] }).supportedValuesOf;
  return supported ? supported('currency').includes(code) : true;
}
