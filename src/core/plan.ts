import { CitInputError, type CitInputIssue } from './errors.js';
import { addMonths, addWeeks, daysBetween, type CalendarDate } from './dates.js';
import { CONCERNS, OUTCOMES, planFor, type Concern, type Outcome, type Plan } from './domain.js';
import { nextStepFor, type NextStep } from './candidacy.js';
import { PROTOCOL_LIMITS, type Protocol } from './protocol.js';
import { amount, calendarDate, computing, currencyCode, idList, intRange, lazy, list, parseInput, quote, z } from './validate.js';

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
  /** The patient's today: a first session before it is refused. */
  today?: CalendarDate | undefined;
  /** What a candidacy check found: a dated wait bounds the start; consult or an undated wait offers a talk, not bookings. */
  candidacy?: { outcome: Outcome; waitUntil?: CalendarDate | undefined } | undefined;
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
  event?: EventFit;
  cost?: Price;
  /** What to offer: session bookings, bookings from the end of a dated wait, or a talk with the clinic (after consult or an undated wait). */
  next: NextStep;
}

/**
 * domain.md "A date that matters" (kit's reading), two levels and never "ready": a last session
 * at least `eventLeadWeeks` (6) before the date leaves recovery over and first changes due; at
 * least `bestFromMonths` (3) before, best results.
 */
export type EventLevel = 'best-results' | 'first-changes' | 'neither';

export interface EventFit {
  date: CalendarDate;
  /** The better level this course meets. */
  meets: EventLevel;
  /** The latest first-session date at this spacing for which this course would meet each level. */
  latestStart: { firstChanges: CalendarDate; bestResults: CalendarDate };
  /** How many sessions at this spacing, from `start`, would meet the first level (0 when none). */
  sessionsThatFit: number;
  /**
   * When this course meets neither level: the most sessions, still within the plan's range, that
   * would meet the first from the same start. Absent when even the plan's minimum would not.
   */
  shorterCourse?: number;
}

const planSchema = /* @__PURE__ */ lazy(() => {
  const price = z
    .strictObject({ min: amount(), max: amount(), currency: currencyCode() })
    .check(
      z.refine((p) => p.min <= p.max, {
        error: (issue) => `the lowest price is above the highest (${quote(issue.input)})`,
        path: ['max'],
      }),
    );
  return z.strictObject({
    concerns: idList(CONCERNS, 1, 'concern'),
    start: calendarDate(),
    // Whole numbers here; their ranges depend on the plan and protocol, checked below.
    sessions: z.optional(intRange(1, 99)),
    intervalWeeks: z.optional(intRange(1, 99)),
    maintenanceMonths: z.optional(intRange(1, 99)),
    eventDate: z.optional(calendarDate()),
    price: z.optional(price),
    moved: z.optional(list(z.strictObject({ n: intRange(1, 99), date: calendarDate() }), 0, 99)),
    today: z.optional(calendarDate()),
    candidacy: z.optional(z.strictObject({ outcome: z.enum(OUTCOMES), waitUntil: z.optional(calendarDate()) })),
  });
});

/** A plan's input as `planSessions` checks it (the ids, dates and numbers in their forms), for `planWith`. */
export function readPlanInput(input: PlanInput): PlanInput {
  return parseInput(planSchema, input, 'planSessions');
}

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
 * maintenance, whether it is ready for an event, and its cost at the clinic's price. For input in
 * its forms (as `readPlanInput` returns it, or as a widget builds it from values it checked) and a
 * parsed protocol; `planSessions` (checked.ts) does both for any caller. The rules that depend on
 * the plan and protocol (ranges, windows, past dates, supported years) are checked here, every time.
 */
export function planWith(valid: PlanInput, p: Protocol): SessionPlan {
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
    ...startIssues(valid.start, valid.today, valid.candidacy),
    ...eventIssues(valid.eventDate, valid.today),
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

  const result = computing('planSessions', 'start', valid.start, () => {
    const sessions: PlannedSession[] = [];
    for (let n = 1; n <= count; n++) {
      const previous = sessions[n - 2];
      const earliest = previous ? addWeeks(previous.date, p.sessions.windowMinWeeks) : valid.start;
      const latest = previous ? addWeeks(previous.date, p.sessions.windowMaxWeeks) : valid.start;
      const date = moved.get(n) ?? (previous ? addWeeks(previous.date, interval) : valid.start);
      if (date < earliest || date > latest) throw inputError([moveIssue(valid.moved ?? [], n, date, earliest, latest, previous, valid.start, p)]);
      sessions.push({ n, date, earliest, latest });
    }
    const first = sessions[0] as PlannedSession;
    const last = sessions[sessions.length - 1] as PlannedSession;
    const planned: SessionPlan = {
      plan,
      sessionsRecommended: recommended,
      sessions,
      firstResults: { from: addWeeks(first.date, p.results.firstFromWeeks), to: addWeeks(first.date, p.results.firstToWeeks) },
      bestResults: { from: addMonths(last.date, p.results.bestFromMonths), to: addMonths(last.date, p.results.bestToMonths) },
      // From the last session each time, not chained, so month-end clamping cannot drift.
      maintenance: [addMonths(last.date, maintenanceMonths), addMonths(last.date, 2 * maintenanceMonths)],
      next: valid.candidacy ? nextStepFor(valid.candidacy.outcome, valid.candidacy.waitUntil) : 'book-treatment',
    };
    return planned;
  });

  if (valid.eventDate) {
    const eventDate = valid.eventDate;
    result.event = computing('planSessions', 'eventDate', eventDate, () =>
      eventFit(eventDate, valid.start, result.sessions.at(-1)?.date as CalendarDate, count, interval, range.min, p),
    );
  }

  if (valid.price) {
    const { min, max, currency } = valid.price;
    result.cost = { min: min * count, max: max * count, currency: currency.toUpperCase() };
  }
  return result;
}

/**
 * The earliest first session `planSessions` accepts: today, or the end of a dated wait when that is
 * later. For a widget's date field (`min`) and its default start.
 */
export function earliestStart(today: CalendarDate, candidacy?: PlanInput['candidacy']): CalendarDate {
  const waitUntil = candidacy?.outcome === 'wait' ? candidacy.waitUntil : undefined;
  return waitUntil !== undefined && waitUntil > today ? waitUntil : today;
}

/** A date that matters before today is refused: there is nothing left to plan for. */
export function eventIssues(eventDate: CalendarDate | undefined, today: CalendarDate | undefined): CitInputIssue[] {
  return eventDate !== undefined && today !== undefined && eventDate < today
    ? [{ path: 'eventDate', message: `${quote(eventDate)} is in the past (today is ${today})`, code: 'in-the-past', limit: today }]
    : [];
}

/**
 * A first session before today, or before the end of a dated wait, is refused with the reason.
 * Exported so a widget can check a start the patient typed before any concern (and so any plan) is chosen.
 */
export function startIssues(start: CalendarDate, today: CalendarDate | undefined, candidacy: PlanInput['candidacy']): CitInputIssue[] {
  if (today !== undefined && start < today) {
    return [{ path: 'start', message: `${quote(start)} is in the past (today is ${today})`, code: 'in-the-past', limit: today }];
  }
  const waitUntil = candidacy?.outcome === 'wait' ? candidacy.waitUntil : undefined;
  if (waitUntil !== undefined && start < waitUntil) {
    return [{ path: 'start', message: `${quote(start)} is before the wait ends on ${waitUntil}`, code: 'during-wait', limit: waitUntil }];
  }
  return [];
}

function moveIssue(
  moves: readonly { n: number; date: CalendarDate }[],
  n: number,
  date: CalendarDate,
  earliest: CalendarDate,
  latest: CalendarDate,
  previous: PlannedSession | undefined,
  start: CalendarDate,
  p: Protocol,
): CitInputIssue {
  const path = `moved.${moves.findIndex((m) => m.n === n)}.date`;
  if (n === 1) return { path, message: `session 1 is the start date (${start}); change the start instead`, code: 'is-start', limit: start };
  return date < earliest
    ? { path, code: 'too-soon', limit: earliest, message: `${quote(date)} is too soon: session ${n} must be at least ${p.sessions.windowMinWeeks} weeks after session ${n - 1} (${previous?.date}), from ${earliest}` }
    : { path, code: 'too-late', limit: latest, message: `${quote(date)} is too late: session ${n} should be at most ${p.sessions.windowMaxWeeks} weeks after session ${n - 1} (${previous?.date}), by ${latest}` };
}

/** Which level of domain.md's event rule a course meets, and what would meet the first. */
function eventFit(date: CalendarDate, start: CalendarDate, last: CalendarDate, count: number, interval: number, minSessions: number, p: Protocol): EventFit {
  const firstChangesBy = addWeeks(date, -p.sessions.eventLeadWeeks); // the last session on or before this day
  const bestResultsBy = addMonths(date, -p.results.bestFromMonths);
  const daysAvailable = daysBetween(start, firstChangesBy);
  const sessionsThatFit = daysAvailable < 0 ? 0 : Math.floor(daysAvailable / (7 * interval)) + 1;
  const meets: EventLevel = last <= bestResultsBy ? 'best-results' : last <= firstChangesBy ? 'first-changes' : 'neither';
  const span = -(count - 1) * interval;
  const fit: EventFit = {
    date,
    meets,
    latestStart: { firstChanges: addWeeks(firstChangesBy, span), bestResults: addWeeks(bestResultsBy, span) },
    sessionsThatFit,
  };
  if (meets === 'neither' && sessionsThatFit >= minSessions) fit.shorterCourse = Math.min(sessionsThatFit, count - 1);
  return fit;
}

function inputError(issues: { path: string; message: string }[]) {
  return new CitInputError(issues, 'planSessions');
}
