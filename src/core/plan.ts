import { CitInputError, type CitInputIssue } from './errors.js';
import { addMonths, addWeeks, daysBetween, type CalendarDate } from './dates.js';
import { CONCERNS, planFor, type Concern, type Plan } from './domain.js';
import { PROTOCOL_LIMITS, resolveProtocol, type Protocol, type ProtocolOverrides } from './protocol.js';
import { amount, calendarDate, currencyCode, idList, intRange, list, parseInput, quote, z } from './validate.js';

/** A price per session: a single price has `min` = `max`. */
export interface Price {
  min: number;
  max: number;
  currency: string;
}

export interface PlanInput {
  /** What the patient wants treated: ids of domain.md's concerns. At least one must map to a plan. */
  concerns: readonly Concern[];
  /** Date of the first session. */
  start: CalendarDate;
  /** Number of sessions, within the plan's range; default the plan's recommendation. */
  sessions?: number | undefined;
  /** Weeks between sessions, within the protocol's window; default the protocol's interval. */
  intervalWeeks?: number | undefined;
  /** Months between maintenance sessions after the course; default the protocol's. */
  maintenanceMonths?: number | undefined;
  /** A date that matters (a wedding): is the course's result ready by then? */
  eventDate?: CalendarDate | undefined;
  /** The clinic's price per session. */
  price?: Price | undefined;
  /** Sessions the patient moved within their windows; later sessions follow from the moved one. */
  moved?: readonly { n: number; date: CalendarDate }[] | undefined;
}

export interface PlannedSession {
  n: number;
  date: CalendarDate;
  /** The window this session may be moved within (session 1: its own date). */
  earliest: CalendarDate;
  latest: CalendarDate;
}

export interface DateRange {
  from: CalendarDate;
  to: CalendarDate;
}

export interface SessionPlan {
  plan: Plan;
  sessionsRecommended: { default: number; min: number; max: number };
  sessions: PlannedSession[];
  firstResults: DateRange;
  bestResults: DateRange;
  maintenance: [CalendarDate, CalendarDate];
  event?: {
    date: CalendarDate;
    /** Whether the last session is at least the protocol's lead time (6 weeks) before the event. */
    ready: boolean;
    /** The latest first-session date for which this course would be ready. */
    latestStart: CalendarDate;
    /** How many sessions at this spacing, starting on `start`, would be ready in time (0 when none). */
    sessionsThatFit: number;
    /**
     * When this course is not ready: the most sessions, still within the plan's range, that would
     * be ready from the same start. Absent when even the plan's minimum would not be.
     */
    readyWith?: number;
  };
  cost?: Price;
}

const priceSchema = z
  .strictObject({
    min: amount,
    max: amount,
    currency: currencyCode,
  })
  .check(
    z.refine((p) => p.min <= p.max, {
      error: (issue) => `the lowest price is above the highest (${quote(issue.input)})`,
      path: ['max'],
    }),
  );

const planSchema = z.strictObject({
  concerns: idList(CONCERNS, 1, 'concern'),
  start: calendarDate,
  // Whole numbers here; their ranges depend on the plan and protocol, checked below.
  sessions: z.optional(intRange(1, 99)),
  intervalWeeks: z.optional(intRange(1, 99)),
  maintenanceMonths: z.optional(intRange(1, 99)),
  eventDate: z.optional(calendarDate),
  price: z.optional(priceSchema),
  moved: z.optional(list(z.strictObject({ n: intRange(1, 99), date: calendarDate }), 0, 99)),
});

function rangeIssue(path: string, value: number, min: number, max: number, unit: string) {
  return value < min || value > max
    ? [{ path, message: `must be between ${min} and ${max} ${unit}, not ${quote(value)}` }]
    : [];
}

/** The fewest and most sessions any plan allows: what a count can be before a plan is known. */
const ANY_PLAN_SESSIONS = (() => {
  const limits = Object.values(PROTOCOL_LIMITS.plans);
  return { min: Math.min(...limits.map((l) => l.min)), max: Math.max(...limits.map((l) => l.max)) };
})();

/** What is wrong with a session count for a plan, or, with none chosen yet, for every plan. */
export function sessionCountIssues(sessions: number, plan?: Plan): CitInputIssue[] {
  return plan
    ? rangeIssue('sessions', sessions, PROTOCOL_LIMITS.plans[plan].min, PROTOCOL_LIMITS.plans[plan].max, `sessions for the ${plan} plan`)
    : rangeIssue('sessions', sessions, ANY_PLAN_SESSIONS.min, ANY_PLAN_SESSIONS.max, 'sessions');
}

/**
 * A course of sessions: dates with the window each may move within, when results show,
 * maintenance, whether it is ready for an event, and its cost at the clinic's price.
 */
export function planSessions(input: PlanInput, protocol?: Protocol | ProtocolOverrides): SessionPlan {
  const valid = parseInput(planSchema, input, 'planSessions');
  const p = resolveProtocol(protocol);
  const plan = planFor(valid.concerns);
  if (!plan) {
    throw inputError([{ path: 'concerns', message: `${quote(valid.concerns.join(', '))} map to no CIT course (active acne and raised scars are not treated with one)` }]);
  }
  const range = PROTOCOL_LIMITS.plans[plan];
  const recommended = { default: p.plans[plan], min: range.min, max: range.max };
  const count = valid.sessions ?? recommended.default;
  const interval = valid.intervalWeeks ?? p.sessions.intervalWeeks;
  const maintenanceMonths = valid.maintenanceMonths ?? p.sessions.maintenanceMonths;
  const maintenanceLimit = PROTOCOL_LIMITS.sessions.maintenanceMonths;
  const issues = [
    ...sessionCountIssues(count, plan),
    ...rangeIssue('intervalWeeks', interval, p.sessions.windowMinWeeks, p.sessions.windowMaxWeeks, 'weeks'),
    ...rangeIssue('maintenanceMonths', maintenanceMonths, maintenanceLimit.min, maintenanceLimit.max, 'months'),
  ];
  if (issues.length) throw inputError(issues);

  const moved = new Map<number, CalendarDate>();
  (valid.moved ?? []).forEach(({ n, date }, i) => {
    if (n < 1 || n > count) throw inputError([{ path: `moved.${i}.n`, message: `session ${quote(n)} is not in a course of ${count}` }]);
    moved.set(n, date);
  });

  const sessions: PlannedSession[] = [];
  for (let n = 1; n <= count; n++) {
    const previous = sessions[n - 2];
    const earliest = previous ? addWeeks(previous.date, p.sessions.windowMinWeeks) : valid.start;
    const latest = previous ? addWeeks(previous.date, p.sessions.windowMaxWeeks) : valid.start;
    const date = moved.get(n) ?? (previous ? addWeeks(previous.date, interval) : valid.start);
    if (date < earliest || date > latest) {
      const i = (valid.moved ?? []).findIndex((m) => m.n === n);
      const why =
        n === 1
          ? `session 1 is the start date (${valid.start}); change the start instead`
          : date < earliest
            ? `${quote(date)} is too soon: session ${n} must be at least ${p.sessions.windowMinWeeks} weeks after session ${n - 1} (${previous?.date}), from ${earliest}`
            : `${quote(date)} is too late: session ${n} should be at most ${p.sessions.windowMaxWeeks} weeks after session ${n - 1} (${previous?.date}), by ${latest}`;
      throw inputError([{ path: `moved.${i}.date`, message: why }]);
    }
    sessions.push({ n, date, earliest, latest });
  }

  const first = sessions[0] as PlannedSession;
  const last = sessions[sessions.length - 1] as PlannedSession;
  const result: SessionPlan = {
    plan,
    sessionsRecommended: recommended,
    sessions,
    firstResults: { from: addWeeks(first.date, p.results.firstFromWeeks), to: addWeeks(first.date, p.results.firstToWeeks) },
    bestResults: { from: addMonths(last.date, p.results.bestFromMonths), to: addMonths(last.date, p.results.bestToMonths) },
    // From the last session each time, not chained, so month-end clamping cannot drift.
    maintenance: [addMonths(last.date, maintenanceMonths), addMonths(last.date, 2 * maintenanceMonths)],
  };

  if (valid.eventDate) {
    const lead = p.sessions.eventLeadWeeks;
    const readyBy = addWeeks(valid.eventDate, -lead); // the last session must be on or before this day
    const daysAvailable = daysBetween(valid.start, readyBy);
    const sessionsThatFit = daysAvailable < 0 ? 0 : Math.floor(daysAvailable / (7 * interval)) + 1;
    const ready = last.date <= readyBy;
    result.event = { date: valid.eventDate, ready, latestStart: addWeeks(readyBy, -(count - 1) * interval), sessionsThatFit };
    if (!ready && sessionsThatFit >= range.min) result.event.readyWith = Math.min(sessionsThatFit, count - 1);
  }

  if (valid.price) {
    const { min, max, currency } = valid.price;
    result.cost = { min: min * count, max: max * count, currency: currency.toUpperCase() };
  }
  return result;
}

function inputError(issues: { path: string; message: string }[]) {
  return new CitInputError(issues, 'planSessions');
}
