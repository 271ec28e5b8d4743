/**
 * The ids and rows of domain.md's tables (docs/domain.md, a copy of the clinical reference). Each
 * list keeps the table's order, which is also the order the widgets show them in. Sources
 * (000–004) are the seed articles domain.md cites; `test/domain-tables.test.ts` compares every
 * row here with domain.md's, and the README's tables are generated from these.
 */

/** A seed article domain.md cites. */
export type Source = '000' | '001' | '002' | '003' | '004';

/** Best to worst (domain.md): a combined outcome is the worst of all answers. */
export const OUTCOMES = ['good-fit', 'wait', 'consult'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const worseOutcome = (a: Outcome, b: Outcome): Outcome =>
  OUTCOMES.indexOf(a) >= OUTCOMES.indexOf(b) ? a : b;

/** domain.md "Session plans", in the priority order used when several concerns are chosen. */
export const PLANS = ['deep-acne-scars', 'significant', 'scars', 'refresh'] as const;
export type Plan = (typeof PLANS)[number];

/** domain.md "Concerns". */
export const CONCERNS = [
  'fine-lines',
  'deep-wrinkles',
  'acne-scars',
  'acne-scars-deep',
  'other-scars',
  'texture',
  'pores',
  'dull-tone',
  'pigmentation',
  'stretch-marks',
  'loose-skin',
  'active-acne',
  'raised-scars',
] as const;
export type Concern = (typeof CONCERNS)[number];

export interface ConcernRow {
  /** The outcome the concern gives on its own: `good-fit` for a CIT indication. */
  readonly outcome: Outcome;
  /** The plan it maps to; none for the two that are not CIT indications. */
  readonly plan?: Plan;
  readonly sources: readonly Source[];
}

/** domain.md "Concerns", row by row: columns fit, plan and sources. */
export const CONCERN_TABLE: Readonly<Record<Concern, ConcernRow>> = {
  'fine-lines': { outcome: 'good-fit', plan: 'refresh', sources: ['000', '001', '002', '003', '004'] },
  'deep-wrinkles': { outcome: 'good-fit', plan: 'significant', sources: ['002'] },
  'acne-scars': { outcome: 'good-fit', plan: 'scars', sources: ['000', '002', '003', '004'] },
  'acne-scars-deep': { outcome: 'good-fit', plan: 'deep-acne-scars', sources: ['000', '002'] },
  // Kit's reading (domain.md): no count given; planned like acne scars.
  'other-scars': { outcome: 'good-fit', plan: 'scars', sources: ['001', '002'] },
  texture: { outcome: 'good-fit', plan: 'refresh', sources: ['000', '002', '003', '004'] },
  pores: { outcome: 'good-fit', plan: 'refresh', sources: ['000', '003', '004'] },
  'dull-tone': { outcome: 'good-fit', plan: 'refresh', sources: ['000', '002'] },
  pigmentation: { outcome: 'good-fit', plan: 'refresh', sources: ['001', '002', '003'] },
  'stretch-marks': { outcome: 'good-fit', plan: 'significant', sources: ['001', '002', '003'] },
  // Kit's reading (domain.md): no count given; the longer course sets honest expectations.
  'loose-skin': { outcome: 'good-fit', plan: 'significant', sources: ['001'] },
  'active-acne': { outcome: 'wait', sources: ['000', '004'] },
  'raised-scars': { outcome: 'consult', sources: ['000', '004'] },
};

/** The two concerns that are not CIT indications, and their outcome. */
export const CONCERN_OUTCOME: Readonly<Partial<Record<Concern, Exclude<Outcome, 'good-fit'>>>> = Object.fromEntries(
  CONCERNS.filter((c) => CONCERN_TABLE[c].outcome !== 'good-fit').map((c) => [c, CONCERN_TABLE[c].outcome]),
);

/** domain.md "Contraindications → outcome". */
export const CONDITIONS = [
  'active-acne',
  'active-infection',
  'flare',
  'unhealed-wound',
  'sunburn',
  'isotretinoin',
  'recent-treatment',
  'pregnant',
  'nursing',
  'chronic-skin',
  'keloid',
  'bleeding',
  'poor-healing',
  'numbing-allergy',
] as const;
export type Condition = (typeof CONDITIONS)[number];

/** How a wait ends: when something changes (no date can be promised), or on a date the protocol computes. */
export type WaitRule = 'undated' | 'isotretinoin-months' | 'recent-treatment-weeks';

export interface ConditionRow {
  readonly outcome: Exclude<Outcome, 'good-fit'>;
  /** For a `wait`: how it ends. */
  readonly wait?: WaitRule;
  /** Asked about the patient's history rather than now (domain.md: "Questions ask about now, except where the row says history"). */
  readonly history?: true;
  readonly sources: readonly Source[];
}

/** domain.md "Contraindications → outcome", row by row: columns outcome, wait rule and sources. */
export const CONDITION_TABLE: Readonly<Record<Condition, ConditionRow>> = {
  'active-acne': { outcome: 'wait', wait: 'undated', sources: ['000', '002', '003', '004'] },
  'active-infection': { outcome: 'wait', wait: 'undated', sources: ['000', '002', '003'] },
  flare: { outcome: 'wait', wait: 'undated', sources: ['003'] },
  'unhealed-wound': { outcome: 'wait', wait: 'undated', sources: ['001'] },
  // Kit's reading (domain.md): 000 asks for skin without any active inflammation, so a sunburn now waits until healed.
  sunburn: { outcome: 'wait', wait: 'undated', sources: ['000'] },
  isotretinoin: { outcome: 'wait', wait: 'isotretinoin-months', sources: ['000', '003'] },
  // Kit's reading (domain.md): 001 says "recently"; 004's 4 weeks between skin treatments gives the date.
  'recent-treatment': { outcome: 'wait', wait: 'recent-treatment-weeks', sources: ['001', '004'] },
  pregnant: { outcome: 'wait', wait: 'undated', sources: ['001', '002', '004'] },
  nursing: { outcome: 'wait', wait: 'undated', sources: ['004'] },
  'chronic-skin': { outcome: 'consult', sources: ['000', '001', '003'] },
  keloid: { outcome: 'consult', history: true, sources: ['000', '001', '002', '004'] },
  bleeding: { outcome: 'consult', sources: ['002', '003'] },
  'poor-healing': { outcome: 'consult', sources: ['003'] },
  // Kit's reading (domain.md): 002 names these allergies as a risk; a known one needs a professional's plan.
  'numbing-allergy': { outcome: 'consult', sources: ['002'] },
};

/** What each condition does to the outcome. */
export const CONDITION_OUTCOME: Readonly<Record<Condition, Exclude<Outcome, 'good-fit'>>> = Object.fromEntries(
  CONDITIONS.map((c) => [c, CONDITION_TABLE[c].outcome]),
) as Record<Condition, Exclude<Outcome, 'good-fit'>>;

export interface PlanRow {
  readonly concerns: readonly Concern[];
  readonly sources: readonly Source[];
}

/** domain.md "Session plans": columns for concerns and sources (the counts are protocol settings). */
export const PLAN_TABLE: Readonly<Record<Plan, PlanRow>> = {
  'deep-acne-scars': { concerns: ['acne-scars-deep'], sources: ['000', '002'] },
  significant: { concerns: ['deep-wrinkles', 'stretch-marks', 'loose-skin'], sources: ['002'] },
  scars: { concerns: ['acne-scars', 'other-scars'], sources: ['000', '002', '003', '004'] },
  refresh: { concerns: ['fine-lines', 'texture', 'pores', 'dull-tone', 'pigmentation'], sources: ['000', '002'] },
};

/** domain.md "Session plans", column "for concerns". `active-acne` and `raised-scars` map to no plan. */
export const PLAN_CONCERNS: Readonly<Record<Plan, readonly Concern[]>> = Object.fromEntries(
  PLANS.map((p) => [p, PLAN_TABLE[p].concerns]),
) as Record<Plan, readonly Concern[]>;

/** The plan for a set of concerns: the first of deep-acne-scars, significant, scars, refresh any concern maps to. */
export function planFor(concerns: readonly Concern[]): Plan | undefined {
  return PLANS.find((plan) => PLAN_CONCERNS[plan].some((c) => concerns.includes(c)));
}

/** Activities a patient asks "can I … yet?" about after a treatment. */
export const ACTIVITIES = ['makeup', 'workout', 'sun', 'actives', 'other-treatments', 'next-session'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Informational notes (domain.md, after the contraindications table): they never change the outcome. */
export const NOTES = ['pigment-risk-low', 'realistic-expectations'] as const;
export type Note = (typeof NOTES)[number];

/** Fitzpatrick skin types, I–VI as 1–6. */
export const FITZPATRICK_TYPES = [1, 2, 3, 4, 5, 6] as const;
export type Fitzpatrick = (typeof FITZPATRICK_TYPES)[number];

/**
 * domain.md "Before the appointment" (002): what to do in the hours before (the protocol's
 * `preparation.hours`), and what to do on the day. Shown wherever an appointment is coming.
 */
export const PREPARATION = ['no-sun', 'no-alcohol', 'no-caffeine', 'pause-actives', 'clean-face'] as const;
export type PreparationItem = (typeof PREPARATION)[number];
