import { CitInputError } from './errors.js';
import { parseInput, quote, z } from './validate.js';

export type Unit = 'hours' | 'days' | 'weeks' | 'months' | 'sessions';

/** One clinical default and the range a clinic may set it to. */
export interface Limit {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly unit: Unit;
}

const limit = (value: number, min: number, max: number, unit: Unit): Limit => ({ default: value, min, max, unit });
/** A fact the sources give as one value: not a rule, so not a clinic's to change. */
const fixed = (value: number, unit: Unit): Limit => limit(value, value, value, unit);
/**
 * A rule the sources give as one value, marked clinic-overridable in domain.md: a clinic may only
 * make it more cautious (longer), up to twice the default.
 */
const lengthenOnly = (value: number, unit: Unit): Limit => limit(value, value, value * 2, unit);

/**
 * Every default of domain.md, with its range. The conservative value is the default where the
 * sources disagree; the range is what the sources give. Each comment names the row of domain.md
 * and its sources (000–004, the seed articles).
 */
export const PROTOCOL_LIMITS = {
  sessions: {
    /** Default spacing between sessions. domain.md Session plans: 4–6 weeks apart, default 4 (000, 002, 003, 004). */
    intervalWeeks: limit(4, 4, 6, 'weeks'),
    /** Earliest a session may follow the previous one: never sooner than 4 weeks. domain.md Session plans: never sooner than 4 weeks (000, 002, 003, 004). */
    windowMinWeeks: limit(4, 4, 6, 'weeks'),
    /** Latest a session should follow the previous one. domain.md Session plans: window 4 to 6 weeks (000, 002, 003, 004). */
    windowMaxWeeks: limit(6, 4, 6, 'weeks'),
    /** domain.md Session plans: maintenance every 6–12 months, default 6 (002, 003, 004). */
    maintenanceMonths: limit(6, 6, 12, 'months'),
    /** Time between the last session and an event for the skin to show results: first change at 4–6 weeks. domain.md Session plans: first visible change 4–6 weeks after a session (002). */
    eventLeadWeeks: limit(6, 4, 6, 'weeks'),
  },
  plans: {
    /** domain.md Session plans: refresh 4 (3–4) (000, 002, 004). */
    refresh: limit(4, 3, 4, 'sessions'),
    /** domain.md Session plans: acne-scars 4 (3–4) (004). */
    'acne-scars': limit(4, 3, 4, 'sessions'),
    /** domain.md Session plans: significant 5 (5–6) (002). */
    significant: limit(5, 5, 6, 'sessions'),
    /** domain.md Session plans: deep-acne-scars 6 (6–8) (000, 002). */
    'deep-acne-scars': limit(6, 6, 8, 'sessions'),
  },
  results: {
    /** domain.md Session plans: first visible change 4–6 weeks after the first session (002). */
    firstFromWeeks: fixed(4, 'weeks'),
    /** domain.md Session plans: first visible change 4–6 weeks after the first session (002). */
    firstToWeeks: fixed(6, 'weeks'),
    /** domain.md Session plans: best results 3–6 months after the last session (002). */
    bestFromMonths: fixed(3, 'months'),
    /** domain.md Session plans: best results 3–6 months after the last session (002). */
    bestToMonths: fixed(6, 'months'),
  },
  waits: {
    /** domain.md Contraindications: isotretinoin, last dose + 6 months (000, 003). */
    isotretinoinMonths: lengthenOnly(6, 'months'),
    /** domain.md Contraindications: recent treatment + 4 weeks (001, 004). */
    recentTreatmentWeeks: lengthenOnly(4, 'weeks'),
    /** domain.md Contraindications: sunburn or direct sun in the last 24 h (002). */
    sunburnHours: lengthenOnly(24, 'hours'),
  },
  recovery: {
    /** domain.md Recovery: redness and swelling settle, 48 h (24–48 h) (000, 002, 003, 004). */
    rednessSettlesHours: limit(48, 24, 48, 'hours'),
    /** domain.md Recovery: no makeup, 48 h (24–48 h) (002, 003, 004). */
    makeupHours: limit(48, 24, 48, 'hours'),
    /** domain.md Recovery: no sweating or workouts, 72 h (48–72 h) (002, 004). */
    workoutHours: limit(72, 48, 72, 'hours'),
    /** domain.md Recovery: avoid direct sun, 72 h (48–72 h) (000, 002, 003). */
    sunHours: limit(72, 48, 72, 'hours'),
    /** domain.md Recovery: gentle routine only, 72 h (000, 002, 003). */
    gentleRoutineHours: lengthenOnly(72, 'hours'),
    /** domain.md Recovery: hair back, clean pillowcase, 48 h (004). */
    hairBackHours: lengthenOnly(48, 'hours'),
    /** domain.md Recovery: no retinoids, acids or vitamin C, 7 days (3–7 days) (000, 002, 003). */
    activesDays: limit(7, 3, 7, 'days'),
    /** domain.md Recovery: dryness and light flaking, days 3–4 (000, 004). */
    flakingFromDays: fixed(3, 'days'),
    /** domain.md Recovery: dryness and light flaking, days 3–4 (000, 004). */
    flakingToDays: fixed(4, 'days'),
    /** domain.md Recovery: back to normal, first glow, days 5–7 (000, 003). */
    normalFromDays: fixed(5, 'days'),
    /** domain.md Recovery: back to normal, first glow, days 5–7 (000, 003). */
    normalToDays: fixed(7, 'days'),
    /** domain.md Recovery: brighter, more even tone, weeks 1–2 (002). */
    toneFromWeeks: fixed(1, 'weeks'),
    /** domain.md Recovery: brighter, more even tone, weeks 1–2 (002). */
    toneToWeeks: fixed(2, 'weeks'),
    /** domain.md Recovery: other skin treatments after 4 weeks (004). */
    otherTreatmentsWeeks: lengthenOnly(4, 'weeks'),
    /** domain.md Recovery: remodeling continues up to 12 months (000). */
    remodelingMonths: fixed(12, 'months'),
  },
} as const satisfies Record<string, Record<string, Limit>>;

type Limits = typeof PROTOCOL_LIMITS;

/** The clinical settings every engine function runs on: domain.md's defaults, or a clinic's overrides. */
export type Protocol = { readonly [G in keyof Limits]: { readonly [K in keyof Limits[G]]: number } };

/** A clinic's overrides: any subset of the protocol's settings. */
export type ProtocolOverrides = { readonly [G in keyof Limits]?: { readonly [K in keyof Limits[G]]?: number } };

const groups = Object.keys(PROTOCOL_LIMITS) as (keyof Limits)[];

function entries<G extends keyof Limits>(group: G): [keyof Limits[G] & string, Limit][] {
  return Object.entries(PROTOCOL_LIMITS[group]) as [keyof Limits[G] & string, Limit][];
}

function mapLimits(pick: (limit: Limit) => number): Protocol {
  const result: Record<string, Record<string, number>> = {};
  for (const group of groups) {
    result[group] = Object.fromEntries(entries(group).map(([key, l]) => [key, pick(l)]));
  }
  return result as Protocol;
}

/** domain.md's defaults, frozen: replace, never mutate. */
export const defaultProtocol: Protocol = deepFreeze(mapLimits((l) => l.default));

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner);
  return Object.freeze(value);
}

function rangeText(l: Limit): string {
  return l.min === l.max ? `${l.min} ${l.unit} (fixed by the sources)` : `between ${l.min} and ${l.max} ${l.unit}`;
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

const overridesSchema = z.strictObject(
  Object.fromEntries(
    groups.map((group) => [
      group,
      z.optional(z.strictObject(Object.fromEntries(entries(group).map(([key, l]) => [key, settingSchema(l)])))),
    ]),
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
