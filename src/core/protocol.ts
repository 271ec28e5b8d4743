// The protocol's settings, ranges and defaults. Reading a clinic's overrides is protocol-reader.ts:
// most pages have none, and the kit's widgets load that reader only for a clinic that has some.

export type Unit = 'hours' | 'days' | 'weeks' | 'months' | 'sessions';

/** One clinical default and the range a clinic may set it to. */
export interface Limit {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly unit: Unit;
}

const limit = (value: number, min: number, max: number, unit: Unit): Limit => ({ default: value, min, max, unit });
/** domain.md "What a clinic may change": a restriction or a wait may be set up to this many times its default. */
export const STRICTER_FACTOR = 4;

/** A fact about healing or results (an "expectation" row): not a clinic's to change. */
const fixed = (value: number, unit: Unit): Limit => limit(value, value, value, unit);
/**
 * A restriction or a wait (domain.md "What a clinic may change"): from the least conservative
 * value any source gives up to four times the default, so a stricter clinic is always allowed.
 */
const clinicRange = (value: number, leastConservative: number, unit: Unit): Limit => limit(value, leastConservative, STRICTER_FACTOR * value, unit);

/**
 * Every default of domain.md, with its range. The conservative value is the default where the
 * sources disagree. Each comment names the row of domain.md and its sources (000–004, the seed
 * articles); "may change" is domain.md's "What a clinic may change".
 */
export const PROTOCOL_LIMITS = {
  sessions: {
    /** Default spacing. Session plans: 4–6 weeks apart, each session 4 weeks after the previous (000, 002, 003, 004); may change: session spacing from 4 weeks. */
    intervalWeeks: clinicRange(4, 4, 'weeks'),
    /** Earliest a session may follow the previous one. Recovery "next CIT session": never sooner than 4 weeks (000, 002, 003, 004); may change: from 4 weeks. */
    windowMinWeeks: clinicRange(4, 4, 'weeks'),
    /** Latest a session should follow the previous one. Recovery "next CIT session": window 4–6 weeks (000, 002, 003, 004); a stricter clinic may widen it, up to four times. */
    windowMaxWeeks: clinicRange(6, 6, 'weeks'),
    /** Session plans "Maintenance": every 6–12 months, default 12 (002, 003; 004 at least twice a year); may change: 6–12 months. */
    maintenanceMonths: limit(12, 6, 12, 'months'),
    /** Session plans "A date that matters": last session at least 6 weeks before (kit's reading); may change: down to 4 (first changes from 4 weeks, 000, 001). */
    eventLeadWeeks: limit(6, 4, 6, 'weeks'),
  },
  plans: {
    /** Session plans: refresh 4 (3–4) (000, 002). */
    refresh: limit(4, 3, 4, 'sessions'),
    /** Session plans: scars 4 (3–6) (004 3–4; 000, 003 3–6; 002). */
    scars: limit(4, 3, 6, 'sessions'),
    /** Session plans: significant 5 (5–8) (002 five or more; 8 is the kit's cap). */
    significant: limit(5, 5, 8, 'sessions'),
    /** Session plans: deep-acne-scars 6 (6–8) (000 6 or more, 002; 8 is the kit's cap). */
    'deep-acne-scars': limit(6, 6, 8, 'sessions'),
  },
  results: {
    /** Recovery "first visible changes may show": 4–6 weeks after the first session (000, 001). Expectation: fixed. */
    firstFromWeeks: fixed(4, 'weeks'),
    /** Recovery "first visible changes may show": 4–6 weeks (000, 001). Expectation: fixed. */
    firstToWeeks: fixed(6, 'weeks'),
    /** Recovery "best results": 3–6 months after the last session of the course (002). Expectation: fixed. */
    bestFromMonths: fixed(3, 'months'),
    /** Recovery "best results": 3–6 months after the last session of the course (002). Expectation: fixed. */
    bestToMonths: fixed(6, 'months'),
  },
  waits: {
    /** Contraindications "isotretinoin": last dose + 6 months (000, 003); may change: from 6 months. */
    isotretinoinMonths: clinicRange(6, 6, 'months'),
    /** Contraindications "recent-treatment": that treatment + 4 weeks (001, 004); may change: other treatments from 4 weeks. */
    recentTreatmentWeeks: clinicRange(4, 4, 'weeks'),
  },
  recovery: {
    /** Recovery "redness and swelling settle": by 72 h (24–48 h 002, 004; 1–3 days 003; pinkish days 3–4 000). Expectation: fixed. */
    rednessSettlesHours: fixed(72, 'hours'),
    /** Recovery "no makeup": 48 h (24 h 002; 48 h 003, 004); may change: from 24 h. */
    makeupHours: clinicRange(48, 24, 'hours'),
    /** Recovery "no sweating or strenuous workouts": 72 h (48 h 004; 72 h 002); may change: from 48 h. */
    workoutHours: clinicRange(72, 48, 'hours'),
    /** Recovery "avoid direct sun": 72 h (48 h 003; 72 h 002; sunscreen after, 000); may change: from 48 h. */
    sunHours: clinicRange(72, 48, 'hours'),
    /** Recovery "gentle routine only", the clinic's products first: 72 h (002; days 1–2 clinic's products only, 000). */
    gentleRoutineHours: clinicRange(72, 72, 'hours'),
    /** Recovery "hair pulled back, clean pillowcase": 48 h (004). */
    hairBackHours: clinicRange(48, 48, 'hours'),
    /** Recovery "no actives": 7 days (3–5 days 003; about a week 002; days 5–7 000); may change: from 3 days. */
    activesDays: clinicRange(7, 3, 'days'),
    /** Recovery "dryness and light flaking": from 48 h (day 3 004; days 3–4 000). Expectation: fixed. */
    flakingFromHours: fixed(48, 'hours'),
    /** Recovery "dryness and light flaking": to 96 h. Expectation: fixed. */
    flakingToHours: fixed(96, 'hours'),
    /** Recovery "usually back to normal, first glow": from 96 h (days 5–7 000; within a week 003). Expectation: fixed. */
    normalFromHours: fixed(96, 'hours'),
    /** Recovery "usually back to normal, first glow": to 7 days. Expectation: fixed; also when temporary dark spots have typically faded ("within days", 002). */
    normalToDays: fixed(7, 'days'),
    /** Recovery "brighter, more even tone may show": weeks 1–2 (002). Expectation: fixed. */
    toneFromWeeks: fixed(1, 'weeks'),
    /** Recovery "brighter, more even tone may show": weeks 1–2 (002). Expectation: fixed. */
    toneToWeeks: fixed(2, 'weeks'),
    /** Recovery "other skin treatments": not before 4 weeks (004); may change: from 4 weeks. */
    otherTreatmentsWeeks: clinicRange(4, 4, 'weeks'),
    /** Recovery "remodeling continues": up to 12 months (000). Expectation: fixed. */
    remodelingMonths: fixed(12, 'months'),
  },
  preparation: {
    /** Before the appointment: in the 24 hours before, avoid sun, alcohol, caffeine, actives (002). */
    hours: fixed(24, 'hours'),
  },
} as const satisfies Record<string, Record<string, Limit>>;

export type Limits = typeof PROTOCOL_LIMITS;

/** The clinical settings every engine function runs on: domain.md's defaults, or a clinic's overrides. */
export type Protocol = { readonly [G in keyof Limits]: { readonly [K in keyof Limits[G]]: number } };

/** A clinic's overrides: any subset of the protocol's settings. */
export type ProtocolOverrides = { readonly [G in keyof Limits]?: { readonly [K in keyof Limits[G]]?: number } };

/** The protocol's groups (sessions, plans, results …), for this module and the protocol reader. */
export const groups = Object.keys(PROTOCOL_LIMITS) as (keyof Limits)[];

/** One group's settings with their limits. */
export function entries<G extends keyof Limits>(group: G): [keyof Limits[G] & string, Limit][] {
  return Object.entries(PROTOCOL_LIMITS[group]) as [keyof Limits[G] & string, Limit][];
}

/** A protocol with each setting taken from its limit: `(l) => l.default` gives domain.md's defaults. */
export function mapLimits(pick: (limit: Limit) => number): Protocol {
  const result: Record<string, Record<string, number>> = {};
  for (const group of groups) {
    result[group] = Object.fromEntries(entries(group).map(([key, l]) => [key, pick(l)]));
  }
  return result as Protocol;
}

/** domain.md's defaults, frozen: replace, never mutate. */
export const defaultProtocol: Protocol = deepFreeze(mapLimits((l) => l.default));

/** Freezes a protocol and every group in it. */
export function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner);
  return Object.freeze(value);
}
