import { assessValidCandidacy, candidacySchema, type CandidacyInput, type CandidacyResult } from './candidacy.js';
import type { CalendarDate, LocalDateTime } from './dates.js';
import { ACTIVITIES, type Activity } from './domain.js';
import { planWith, readPlanInput, type PlanInput, type SessionPlan } from './plan.js';
import type { Protocol, ProtocolOverrides } from './protocol.js';
import { resolveProtocol } from './protocol-reader.js';
import { canIAllOf, canIOf, preparationBefore, timelineOf, type Preparation, type RecoveryTimeline } from './recovery.js';
import { dateOrTime, lazy, localDateTime, parseInput, z } from './validate.js';

// The engine as any caller uses it: each function checks its input (throwing a CitInputError that
// names every problem) and takes a protocol as overrides or parsed. The rules themselves are in
// candidacy.ts, plan.ts and recovery.ts; the kit's widgets call them directly with input they
// checked, and so never load the protocol reader unless their clinic has a protocol.

/**
 * Whether CIT suits a patient now (`good-fit`), later (`wait`, with the date when it can be
 * computed) or only after a professional's look (`consult`), and why. The outcome is the worst of
 * every answer, so adding a condition can never improve it.
 */
export function assessCandidacy(input: CandidacyInput, protocol?: Protocol | ProtocolOverrides): CandidacyResult {
  return assessValidCandidacy(parseInput(candidacySchema, input, 'assessCandidacy'), resolveProtocol(protocol));
}

/**
 * A course of sessions: dates with the window each may move within, when results show,
 * maintenance, whether it is ready for an event, and its cost at the clinic's price.
 */
export function planSessions(input: PlanInput, protocol?: Protocol | ProtocolOverrides): SessionPlan {
  return planWith(readPlanInput(input), resolveProtocol(protocol));
}

const timelineSchema = /* @__PURE__ */ lazy(() => z.strictObject({ treatedAt: localDateTime(), now: z.optional(localDateTime()), lastSession: z.optional(z.boolean()) }));

/** Every milestone of the recovery after a treatment that ended at `treatedAt`, with real dates and times. */
export function recoveryTimeline(
  input: { treatedAt: LocalDateTime; now?: LocalDateTime | undefined; lastSession?: boolean | undefined },
  protocol?: Protocol | ProtocolOverrides,
): RecoveryTimeline {
  return timelineOf(parseInput(timelineSchema, input, 'recoveryTimeline'), resolveProtocol(protocol));
}

const preparationSchema = /* @__PURE__ */ lazy(() => z.strictObject({ appointment: dateOrTime() }));

/**
 * What to do before an appointment, with the time it starts. An appointment given as a date alone
 * is read as the day's first minute, so the preparation starts early enough whatever its time.
 */
export function preparationFor(input: { appointment: CalendarDate | LocalDateTime }, protocol?: Protocol | ProtocolOverrides): Preparation {
  return preparationBefore(parseInput(preparationSchema, input, 'preparationFor').appointment, resolveProtocol(protocol));
}

const canISchema = /* @__PURE__ */ lazy(() => z.strictObject({ activity: z.enum(ACTIVITIES), treatedAt: localDateTime(), at: localDateTime() }));

/** "Can I … yet?": whether an activity is allowed at `at`, and from when it is. */
export function canI(
  activity: Activity,
  input: { treatedAt: LocalDateTime; at: LocalDateTime },
  protocol?: Protocol | ProtocolOverrides,
): { allowed: boolean; from: LocalDateTime } {
  return canIOf(parseInput(canISchema, { activity, ...input }, 'canI'), resolveProtocol(protocol));
}

const canIAllSchema = /* @__PURE__ */ lazy(() => z.strictObject({ treatedAt: localDateTime(), at: localDateTime() }));

/** Every "can I … yet?" answer at once: one validation and one set of milestones, not one per activity. */
export function canIAll(
  input: { treatedAt: LocalDateTime; at: LocalDateTime },
  protocol?: Protocol | ProtocolOverrides,
): Record<Activity, { allowed: boolean; from: LocalDateTime }> {
  return canIAllOf(parseInput(canIAllSchema, input, 'canIAll'), resolveProtocol(protocol));
}
