/**
 * The ids of domain.md's tables. Each list keeps the table's order, which is also the order the
 * widgets show them in. Sources (000–004) are the seed articles domain.md cites.
 */

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

/** domain.md "Contraindications → outcome". */
export const CONDITIONS = [
  'active-acne',
  'active-infection',
  'flare',
  'unhealed-wound',
  'isotretinoin',
  'recent-treatment',
  'pregnant',
  'nursing',
  'sunburn',
  'keloid',
  'bleeding',
  'poor-healing',
  'chronic-skin',
] as const;
export type Condition = (typeof CONDITIONS)[number];

/** Best to worst (domain.md): a combined outcome is the worst of all answers. */
export const OUTCOMES = ['good-fit', 'wait', 'consult'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const worseOutcome = (a: Outcome, b: Outcome): Outcome =>
  OUTCOMES.indexOf(a) >= OUTCOMES.indexOf(b) ? a : b;

/** What each condition does to the outcome (domain.md "Contraindications → outcome", column "outcome"). */
export const CONDITION_OUTCOME: Readonly<Record<Condition, Exclude<Outcome, 'good-fit'>>> = {
  'active-acne': 'wait',
  'active-infection': 'wait',
  flare: 'wait',
  'unhealed-wound': 'wait',
  isotretinoin: 'wait',
  'recent-treatment': 'wait',
  pregnant: 'wait',
  nursing: 'wait',
  sunburn: 'wait',
  keloid: 'consult',
  bleeding: 'consult',
  'poor-healing': 'consult',
  'chronic-skin': 'consult',
};

/** The two concerns that are not CIT indications (domain.md "Concerns", column "fit"). */
export const CONCERN_OUTCOME: Readonly<Partial<Record<Concern, Exclude<Outcome, 'good-fit'>>>> = {
  'active-acne': 'wait',
  'raised-scars': 'consult',
};

/** domain.md "Session plans", in the priority order used when several concerns are chosen. */
export const PLANS = ['deep-acne-scars', 'significant', 'acne-scars', 'refresh'] as const;
export type Plan = (typeof PLANS)[number];

/** domain.md "Session plans", column "for concerns". `active-acne` and `raised-scars` map to no plan. */
export const PLAN_CONCERNS: Readonly<Record<Plan, readonly Concern[]>> = {
  'deep-acne-scars': ['acne-scars-deep'],
  significant: ['deep-wrinkles', 'stretch-marks', 'other-scars', 'loose-skin'],
  'acne-scars': ['acne-scars'],
  refresh: ['fine-lines', 'texture', 'pores', 'dull-tone', 'pigmentation'],
};

/** The plan for a set of concerns: the first of deep-acne-scars, significant, acne-scars, refresh any concern maps to. */
export function planFor(concerns: readonly Concern[]): Plan | undefined {
  return PLANS.find((plan) => PLAN_CONCERNS[plan].some((c) => concerns.includes(c)));
}

/** Activities a patient asks "can I … yet?" about after a treatment. */
export const ACTIVITIES = ['makeup', 'workout', 'sun', 'actives', 'other-treatments', 'next-session'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Informational notes (domain.md, after the contraindications table): they never change the outcome. */
export const NOTES = ['pigment-risk-low', 'realistic-expectations', 'numbing-allergy'] as const;
export type Note = (typeof NOTES)[number];

/** Fitzpatrick skin types, I–VI as 1–6. */
export const FITZPATRICK_TYPES = [1, 2, 3, 4, 5, 6] as const;
export type Fitzpatrick = (typeof FITZPATRICK_TYPES)[number];
