import { addMonths, addWeeks, type CalendarDate } from './dates.js';
import {
  CONCERN_OUTCOME,
  CONCERNS,
  CONDITION_TABLE,
  CONDITIONS,
  FITZPATRICK_TYPES,
  planFor,
  worseOutcome,
  type Concern,
  type Condition,
  type Note,
  type Outcome,
  type Plan,
  type WaitRule,
} from './domain.js';
import type { Protocol } from './protocol.js';
import { calendarDate, computing, idList, intRange, lazy, quote, z } from './validate.js';

export interface CandidacyInput {
  /** What the patient wants treated: ids of domain.md's concerns, at least one. */
  concerns: readonly Concern[];
  /** Conditions that apply now: ids of domain.md's contraindications. */
  conditions: readonly Condition[];
  /** Date of the last isotretinoin dose, when known. */
  isotretinoinLastDose?: CalendarDate | undefined;
  /** Date of the last other skin treatment (injectables, peel, laser, facial), when known. */
  lastTreatmentDate?: CalendarDate | undefined;
  /** Fitzpatrick skin type, 1–6. */
  fitzpatrick?: number | undefined;
  /** The patient's today. */
  today: CalendarDate;
}

/** Why the outcome is what it is: a concern or condition that is not a plain good fit. */
export interface CandidacyReason {
  id: Concern | Condition;
  outcome: Exclude<Outcome, 'good-fit'>;
  /** For a wait that ends on a known date: the first day treatment is possible. */
  until?: CalendarDate;
}

/**
 * What the kit may offer after an outcome (domain.md principles): a treatment booking for a good
 * fit, one from the end of a dated wait, and otherwise a talk with the clinic, never a treatment.
 */
export type NextStep = 'book-treatment' | 'book-after-wait' | 'talk-to-clinic';

export interface CandidacyResult {
  outcome: Outcome;
  /** When the outcome is `wait` and every waiting reason has a date: the latest of them. */
  waitUntil?: CalendarDate;
  reasons: CandidacyReason[];
  notes: Note[];
  /** The session plan for the concerns; absent when no concern is a CIT indication. */
  plan?: Plan;
  /** What to offer the patient next. */
  next: NextStep;
  /** Whether to show the preparation advice for the day before an appointment (domain.md "Before the appointment": a good-fit result). */
  preparation: boolean;
}

/**
 * How long a dated wait lasts under a protocol, in its unit (domain.md "Contraindications": last
 * dose + 6 months, that treatment + 4 weeks, or the clinic's longer setting): the engine counts
 * its dates with it, and the widgets quote it ("in the last 6 months").
 */
export function waitLength(rule: Exclude<WaitRule, 'undated'>, protocol: Protocol): { value: number; unit: 'months' | 'weeks' } {
  return rule === 'isotretinoin-months' ? { value: protocol.waits.isotretinoinMonths, unit: 'months' } : { value: protocol.waits.recentTreatmentWeeks, unit: 'weeks' };
}

/** The next step an outcome allows: consult and waits with no date lead to a talk with the clinic. */
export function nextStepFor(outcome: Outcome, waitUntil?: CalendarDate): NextStep {
  if (outcome === 'good-fit') return 'book-treatment';
  return outcome === 'wait' && waitUntil !== undefined ? 'book-after-wait' : 'talk-to-clinic';
}

export const candidacySchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      concerns: idList(CONCERNS, 1, 'concern'),
      conditions: idList(CONDITIONS),
      isotretinoinLastDose: z.optional(calendarDate()),
      lastTreatmentDate: z.optional(calendarDate()),
      fitzpatrick: z.optional(intRange(1, FITZPATRICK_TYPES.length)),
      today: calendarDate(),
    })
    .check(...(['isotretinoinLastDose', 'lastTreatmentDate'] as const).map((key) => notAfterToday(key))),
);

/** A past date must not be after `today`. (zod's object here has a prototype: only an own date counts.) */
function notAfterToday(key: 'isotretinoinLastDose' | 'lastTreatmentDate') {
  return z.refine<{ today: string } & Partial<Record<typeof key, string>>>((input) => !(Object.hasOwn(input, key) && input[key]! > input.today), {
    path: [key],
    error: (issue) => {
      const input = issue.input as Record<string, string>;
      return `${quote(input[key])} is after today (${input.today})`;
    },
  });
}

/**
 * Whether CIT suits a patient now (`good-fit`), later (`wait`, with the date when it can be
 * computed) or only after a professional's look (`consult`), and why. The outcome is the worst of
 * every answer, so adding a condition can never improve it.
 *
 * For input already valid (as `assessCandidacy` in checked.ts checks it: known ids, real dates, none
 * after `today`) and a parsed protocol: the kit's widgets build their input from values they
 * checked, so nothing is checked twice at every render.
 */
export function assessValidCandidacy(valid: CandidacyInput, p: Protocol): CandidacyResult {
  const reasons: CandidacyReason[] = [];

  for (const concern of valid.concerns) {
    const outcome = CONCERN_OUTCOME[concern];
    if (outcome) reasons.push({ id: concern, outcome });
  }

  // A date alone is enough to bring in its condition: a dose date given without ticking the box
  // must not be lost.
  const conditions = new Set<Condition>(valid.conditions);
  if (valid.isotretinoinLastDose) conditions.add('isotretinoin');
  if (valid.lastTreatmentDate) conditions.add('recent-treatment');

  const { isotretinoinLastDose: dose, lastTreatmentDate: treated } = valid;
  const context = 'assessCandidacy';
  const isotretinoin = waitLength('isotretinoin-months', p);
  const recent = waitLength('recent-treatment-weeks', p);
  const datedUntil: Record<WaitRule, CalendarDate | undefined> = {
    undated: undefined,
    'isotretinoin-months': dose && computing(context, 'isotretinoinLastDose', dose, () => addMonths(dose, isotretinoin.value)),
    'recent-treatment-weeks': treated && computing(context, 'lastTreatmentDate', treated, () => addWeeks(treated, recent.value)),
  };

  for (const condition of CONDITIONS) {
    if (!conditions.has(condition)) continue;
    const { outcome, wait } = CONDITION_TABLE[condition];
    const until = wait && datedUntil[wait];
    if (until !== undefined && until <= valid.today) continue; // a wait already over is no reason
    const existing = reasons.find((r) => r.id === condition);
    const reason: CandidacyReason = { id: condition, outcome };
    if (until !== undefined) reason.until = until;
    if (existing) {
      // Same id as a concern (active acne): one reason, the worse of the two.
      existing.outcome = worseOutcome(existing.outcome, reason.outcome) as CandidacyReason['outcome'];
    } else reasons.push(reason);
  }

  const outcome = reasons.reduce<Outcome>((worst, r) => worseOutcome(worst, r.outcome), 'good-fit');
  const waiting = reasons.filter((r) => r.outcome === 'wait');
  const waitUntil =
    outcome === 'wait' && waiting.every((r) => r.until !== undefined)
      ? waiting.map((r) => r.until as CalendarDate).reduce((a, b) => (a >= b ? a : b))
      : undefined;
  const result: CandidacyResult = {
    outcome,
    ...(waitUntil && { waitUntil }),
    reasons,
    notes: notesFor(valid.fitzpatrick),
    next: nextStepFor(outcome, waitUntil),
    preparation: outcome === 'good-fit',
  };
  const plan = planFor(valid.concerns);
  if (plan) result.plan = plan;
  return result;
}

/** domain.md's informational notes: the pigment note for Fitzpatrick IV–VI (002, 000), realistic expectations for everyone (000). */
function notesFor(fitzpatrick: number | undefined): Note[] {
  const notes: Note[] = [];
  if (fitzpatrick !== undefined && fitzpatrick >= 4) notes.push('pigment-risk-low');
  notes.push('realistic-expectations');
  return notes;
}
