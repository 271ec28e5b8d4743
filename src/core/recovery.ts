import { addDays, addHours, addMonths, addWeeks, isCalendarDate, type CalendarDate, type LocalDateTime } from './dates.js';
import { ACTIVITIES, PREPARATION, type Activity, type PreparationItem } from './domain.js';
import type { Protocol } from './protocol.js';
import { computing } from './validate.js';

/**
 * A treatment date given without a time is read as 18:00, the end of usual clinic hours. Not a
 * domain.md default: a reading of incomplete input, chosen late so that "not yet" answers err
 * towards waiting rather than towards too soon.
 */
export const ASSUMED_TREATMENT_TIME = '18:00';

/** The treatment time a date or a date and time stands for, and whether its time was assumed. */
export function treatmentTime(given: CalendarDate | LocalDateTime): { at: LocalDateTime; assumed: boolean } {
  return isCalendarDate(given) ? { at: `${given}T${ASSUMED_TREATMENT_TIME}`, assumed: true } : { at: given, assumed: false };
}

export type MilestoneKind = 'expect' | 'avoid' | 'do' | 'result' | 'red-flag';

/** The rows of domain.md's recovery table, in its order. */
export const MILESTONES = [
  'sunburn-look',
  'dark-spots',
  'redness-settles',
  'no-makeup',
  'no-workout',
  'no-sun',
  'gentle-routine',
  'hair-back',
  'no-actives',
  'flaking',
  'back-to-normal',
  'brighter-tone',
  'other-treatments',
  'visible-results',
  'next-session',
  'best-results',
  'remodeling',
  'red-flags',
] as const;
export type MilestoneId = (typeof MILESTONES)[number];

export interface Milestone {
  id: MilestoneId;
  kind: MilestoneKind;
  /** When it begins (wall clock, the patient's time zone). */
  from: LocalDateTime;
  /** When it ends; absent for a moment (redness settles) or for what holds at any time (red flags). */
  to?: LocalDateTime;
}

export interface RecoveryTimeline {
  /**
   * Every milestone with its dates. `best-results` is dated only when this was the last session
   * of a course (domain.md: 3–6 months after the last session); otherwise it is absent, and a
   * widget says "3–6 months after your last session" without a date. After the last session,
   * `next-session` is absent too.
   */
  milestones: Milestone[];
  /** Ids of the milestones in force at `now` (none when `now` is not given). */
  current: MilestoneId[];
  /** Whether this was the last session of a course, when known. */
  lastSession?: boolean;
}

function buildMilestones(t: LocalDateTime, p: Protocol, lastSession?: boolean): Milestone[] {
  const r = p.recovery;
  const m = (id: MilestoneId, kind: MilestoneKind, from: LocalDateTime, to?: LocalDateTime): Milestone =>
    to === undefined ? { id, kind, from } : { id, kind, from, to };
  const all = [
    m('sunburn-look', 'expect', t, addHours(t, r.rednessSettlesHours)),
    // "Typically fade within days" (002): shown until skin is usually back to normal.
    m('dark-spots', 'expect', t, addDays(t, r.normalToDays)),
    m('redness-settles', 'expect', addHours(t, r.rednessSettlesHours)),
    m('no-makeup', 'avoid', t, addHours(t, r.makeupHours)),
    m('no-workout', 'avoid', t, addHours(t, r.workoutHours)),
    m('no-sun', 'avoid', t, addHours(t, r.sunHours)),
    m('gentle-routine', 'do', t, addHours(t, r.gentleRoutineHours)),
    m('hair-back', 'do', t, addHours(t, r.hairBackHours)),
    m('no-actives', 'avoid', t, addDays(t, r.activesDays)),
    m('flaking', 'expect', addHours(t, r.flakingFromHours), addHours(t, r.flakingToHours)),
    m('back-to-normal', 'result', addHours(t, r.normalFromHours), addDays(t, r.normalToDays)),
    m('brighter-tone', 'result', addWeeks(t, r.toneFromWeeks), addWeeks(t, r.toneToWeeks)),
    m('other-treatments', 'avoid', t, addWeeks(t, r.otherTreatmentsWeeks)),
    m('visible-results', 'result', addWeeks(t, p.results.firstFromWeeks), addWeeks(t, p.results.firstToWeeks)),
    m('next-session', 'do', addWeeks(t, p.sessions.windowMinWeeks), addWeeks(t, p.sessions.windowMaxWeeks)),
    m('best-results', 'result', addMonths(t, p.results.bestFromMonths), addMonths(t, p.results.bestToMonths)),
    m('remodeling', 'result', t, addMonths(t, r.remodelingMonths)),
    m('red-flags', 'red-flag', t),
  ];
  // Best results count from the last session of a course (domain.md change 4); after the last
  // session there is no next one to wait for.
  return all.filter((x) => (x.id === 'best-results' ? lastSession === true : x.id === 'next-session' ? lastSession !== true : true));
}

function inForce(milestone: Milestone, now: LocalDateTime): boolean {
  if (now < milestone.from) return false;
  return milestone.to === undefined ? milestone.kind === 'red-flag' : now < milestone.to;
}

/**
 * Every milestone of the recovery after a treatment that ended at `treatedAt`, with real dates and
 * times. Input already valid (real wall-clock times; `recoveryTimeline` in checked.ts checks it)
 * and a parsed protocol: the kit's widgets check their attributes and the patient's entries once,
 * not at every render.
 */
export function timelineOf(input: { treatedAt: LocalDateTime; now?: LocalDateTime | undefined; lastSession?: boolean | undefined }, p: Protocol): RecoveryTimeline {
  const { treatedAt, now, lastSession } = input;
  const milestones = computing('recoveryTimeline', 'treatedAt', treatedAt, () => buildMilestones(treatedAt, p, lastSession));
  const timeline: RecoveryTimeline = { milestones, current: now === undefined ? [] : milestones.filter((m) => inForce(m, now)).map((m) => m.id) };
  if (lastSession !== undefined) timeline.lastSession = lastSession;
  return timeline;
}

export interface Preparation {
  /** When the preparation starts: the protocol's hours before the appointment (domain.md "Before the appointment", 24 h). */
  from: LocalDateTime;
  appointment: LocalDateTime;
  items: readonly PreparationItem[];
}

/**
 * What to do before an appointment (already valid: a real date, or date and time), with the time
 * it starts: shown wherever an appointment is coming. An appointment given as a date alone may be
 * at any time that day, so it is read as the day's first minute: the preparation then starts early
 * enough whatever the time turns out to be (a reading of incomplete input, not a domain.md default).
 */
export function preparationBefore(given: CalendarDate | LocalDateTime, p: Protocol): Preparation {
  const appointment: LocalDateTime = isCalendarDate(given) ? `${given}T00:00` : given;
  const hours = p.preparation.hours;
  const from = computing('preparationFor', 'appointment', given, () => addHours(appointment, -hours));
  return { from, appointment, items: PREPARATION };
}

/** Which milestone ends each restriction (or, for the next session, opens its window). */
const ACTIVITY_MILESTONE: Readonly<Record<Activity, { id: MilestoneId; edge: 'from' | 'to' }>> = {
  makeup: { id: 'no-makeup', edge: 'to' },
  workout: { id: 'no-workout', edge: 'to' },
  sun: { id: 'no-sun', edge: 'to' },
  actives: { id: 'no-actives', edge: 'to' },
  'other-treatments': { id: 'other-treatments', edge: 'to' },
  'next-session': { id: 'next-session', edge: 'from' },
};

/** "Can I … yet?": whether an activity is allowed at `at`, and from when it is (times already valid). */
export function canIOf(valid: { activity: Activity; treatedAt: LocalDateTime; at: LocalDateTime }, p: Protocol): { allowed: boolean; from: LocalDateTime } {
  const milestones = computing('canI', 'treatedAt', valid.treatedAt, () => buildMilestones(valid.treatedAt, p));
  return answer(milestones, valid.activity, valid.at);
}

function answer(milestones: readonly Milestone[], activity: Activity, at: LocalDateTime): { allowed: boolean; from: LocalDateTime } {
  const { id, edge } = ACTIVITY_MILESTONE[activity];
  const from = (milestones.find((m) => m.id === id) as Milestone)[edge] as LocalDateTime;
  return { allowed: at >= from, from };
}

/** Every "can I … yet?" answer at once, from one set of milestones: what the timeline's panel asks when it opens. */
export function canIAllOf(valid: { treatedAt: LocalDateTime; at: LocalDateTime }, p: Protocol): Record<Activity, { allowed: boolean; from: LocalDateTime }> {
  const milestones = computing('canIAll', 'treatedAt', valid.treatedAt, () => buildMilestones(valid.treatedAt, p));
  return Object.fromEntries(ACTIVITIES.map((activity) => [activity, answer(milestones, activity, valid.at)])) as Record<Activity, { allowed: boolean; from: LocalDateTime }>;
}
