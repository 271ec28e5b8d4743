import { addDays, addMonths, addWeeks, type CalendarDate } from './dates.js';
import {
  CONCERN_OUTCOME,
  CONCERNS,
  CONDITION_OUTCOME,
  CONDITIONS,
  FITZPATRICK_TYPES,
  planFor,
  worseOutcome,
  type Concern,
  type Condition,
  type Note,
  type Outcome,
  type Plan,
} from './domain.js';
import { resolveProtocol, type Protocol, type ProtocolOverrides } from './protocol.js';
import { calendarDate, idList, intRange, parseInput, quote, z } from './validate.js';

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

export interface CandidacyResult {
  outcome: Outcome;
  /** When the outcome is `wait` and every waiting reason has a date: the latest of them. */
  waitUntil?: CalendarDate;
  reasons: CandidacyReason[];
  notes: Note[];
  /** The session plan for the concerns; absent when no concern is a CIT indication. */
  plan?: Plan;
}

const candidacySchema = z
  .strictObject({
    concerns: idList(CONCERNS, 1, 'concern'),
    conditions: idList(CONDITIONS),
    isotretinoinLastDose: z.optional(calendarDate),
    lastTreatmentDate: z.optional(calendarDate),
    fitzpatrick: z.optional(intRange(1, FITZPATRICK_TYPES.length)),
    today: calendarDate,
  })
  .check(...(['isotretinoinLastDose', 'lastTreatmentDate'] as const).map((key) => notAfterToday(key)));

/** A past date must not be after `today`. */
function notAfterToday(key: 'isotretinoinLastDose' | 'lastTreatmentDate') {
  return z.refine<{ today: string } & Partial<Record<typeof key, string>>>((input) => !(input[key]! > input.today), {
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
 */
export function assessCandidacy(input: CandidacyInput, protocol?: Protocol | ProtocolOverrides): CandidacyResult {
  const valid = parseInput(candidacySchema, input, 'assessCandidacy');
  const { waits } = resolveProtocol(protocol);
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

  const datedUntil: Partial<Record<Condition, CalendarDate | undefined>> = {
    isotretinoin: valid.isotretinoinLastDose && addMonths(valid.isotretinoinLastDose, waits.isotretinoinMonths),
    'recent-treatment': valid.lastTreatmentDate && addWeeks(valid.lastTreatmentDate, waits.recentTreatmentWeeks),
    // Sun in the last 24 h: the clock started at the latest today, so the wait ends within the hours it lasts.
    sunburn: addDays(valid.today, Math.ceil(waits.sunburnHours / 24)),
  };

  for (const condition of CONDITIONS) {
    if (!conditions.has(condition)) continue;
    const until = datedUntil[condition];
    if (until !== undefined && until <= valid.today) continue; // a wait already over is no reason
    const existing = reasons.find((r) => r.id === condition);
    const reason: CandidacyReason = { id: condition, outcome: CONDITION_OUTCOME[condition] };
    if (until !== undefined) reason.until = until;
    if (existing) {
      // Same id as a concern (active acne): one reason, the worse of the two.
      existing.outcome = worseOutcome(existing.outcome, reason.outcome) as CandidacyReason['outcome'];
    } else reasons.push(reason);
  }

  const outcome = reasons.reduce<Outcome>((worst, r) => worseOutcome(worst, r.outcome), 'good-fit');
  const result: CandidacyResult = { outcome, reasons, notes: notesFor(valid.fitzpatrick) };

  const waiting = reasons.filter((r) => r.outcome === 'wait');
  if (outcome === 'wait' && waiting.every((r) => r.until !== undefined)) {
    result.waitUntil = waiting.map((r) => r.until as CalendarDate).reduce((a, b) => (a >= b ? a : b));
  }
  const plan = planFor(valid.concerns);
  if (plan) result.plan = plan;
  return result;
}

function notesFor(fitzpatrick: number | undefined): Note[] {
  const notes: Note[] = [];
  if (fitzpatrick !== undefined && fitzpatrick >= 4) notes.push('pigment-risk-low');
  notes.push('realistic-expectations', 'numbing-allergy');
  return notes;
}
