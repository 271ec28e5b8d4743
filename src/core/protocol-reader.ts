import { CitInputError } from './errors.js';
import { deepFreeze, defaultProtocol, entries, groups, mapLimits, type Limit, type Limits, type Protocol, type ProtocolOverrides } from './protocol.js';
import { lazy, parseInput, quote, z } from './validate.js';

// Reads a clinic's protocol overrides: the engine's functions take them from any caller, and
// <cit-clinic> loads this module only when its JSON has some.

function rangeText(l: Limit): string {
  return l.min === l.max ? `${l.min} ${l.unit} (fixed: a clinic cannot change it)` : `between ${l.min} and ${l.max} ${l.unit}`;
}

function settingSchema(l: Limit) {
  return z.optional(
    z.number().check(
      z.refine((v) => Number.isInteger(v) && v >= l.min && v <= l.max, {
        error: (issue) => `must be ${rangeText(l)}, not ${quote(issue.input)}`,
      }),
    ),
  );
}

const overridesSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject(
    Object.fromEntries(
      groups.map((group) => [
        group,
        z.optional(z.strictObject(Object.fromEntries(entries(group).map(([key, l]) => [key, settingSchema(l)])))),
      ]),
    ),
  ),
);

/** Settings that must keep an order between them, checked after the ranges. */
const ORDERED_PAIRS: readonly [string, string, string][] = [
  ['sessions.windowMinWeeks', 'sessions.intervalWeeks', 'the interval cannot be shorter than the earliest allowed spacing'],
  ['sessions.intervalWeeks', 'sessions.windowMaxWeeks', 'the interval cannot be longer than the latest allowed spacing'],
];

function get(protocol: Protocol, path: string): number {
  const [group, key] = path.split('.') as [keyof Limits, string];
  return (protocol[group] as Record<string, number>)[key] as number;
}

/**
 * A clinic's protocol overrides (an object, or JSON text) merged onto the defaults. Values out of
 * domain.md's range are refused with their path and the allowed range.
 */
export function parseProtocol(json: unknown): Protocol {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      throw new CitInputError([{ path: '', message: `is not valid JSON (${(error as Error).message})` }], 'protocol');
    }
  }
  if (input === undefined || input === null) return defaultProtocol;
  const overrides = parseInput(overridesSchema, input, 'protocol') as Record<string, Record<string, number | undefined> | undefined>;
  const merged = mapLimits((l) => l.default) as Record<string, Record<string, number>>;
  for (const group of groups) {
    for (const [key, value] of Object.entries(overrides[group] ?? {})) {
      if (value !== undefined) (merged[group] as Record<string, number>)[key] = value;
    }
  }
  const protocol = merged as Protocol;
  const issues = ORDERED_PAIRS.filter(([a, b]) => get(protocol, a) > get(protocol, b)).map(([a, b, why]) => ({
    path: b,
    message: `${why}: ${a} is ${get(protocol, a)}, ${b} is ${get(protocol, b)}`,
  }));
  if (issues.length) throw new CitInputError(issues, 'protocol');
  const frozen = deepFreeze(protocol);
  validated.add(frozen);
  return frozen;
}

/** Protocols this module built: frozen and already checked, so they need no second look. */
const validated = new WeakSet<object>();

/** A protocol argument as the engine functions take it: nothing (the defaults), or a parsed protocol. */
export function resolveProtocol(protocol: Protocol | ProtocolOverrides | undefined): Protocol {
  if (protocol === undefined) return defaultProtocol;
  return protocol === defaultProtocol || validated.has(protocol) ? (protocol as Protocol) : parseProtocol(protocol);
}
