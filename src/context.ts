import { createContext } from '@lit/context';
import type { CalendarDate } from './core/dates.js';
import type { CandidacyReason } from './core/candidacy.js';
import type { Concern, Outcome, Plan } from './core/domain.js';
import type { Price } from './core/plan.js';
import type { Protocol } from './core/protocol.js';
import type { ClinicMessages } from './i18n/localize.js';
import type { Theme } from './elements/attributes.js';

/**
 * What `<cit-clinic>` gives every widget inside it. Always replaced, never mutated: consumers
 * compare values with `Object.is`.
 */
export interface ClinicSettings {
  readonly name?: string;
  /** http or https only; may contain `{date}` for a date-specific booking link. */
  readonly bookingUrl?: string;
  readonly phone?: string;
  /** BCP 47 locale, when the clinic sets one (else each widget follows the page's `lang`, then the browser's languages). */
  readonly locale?: string;
  /**
   * The clinic's own wording per language, from its JSON: shared messages checked, each element's
   * checked by that element. A promise while the clinic loads its reader (widgets wait for it, so
   * no kit wording flashes before the clinic's).
   */
  readonly messages?: ClinicMessages | Promise<unknown>;
  /** The widgets' colours, when the clinic sets them (each widget's own `theme` comes first). */
  readonly theme?: Theme;
  /** ISO 4217, upper case. */
  readonly currency?: string;
  /** Price per session, in `currency`. */
  readonly price?: Omit<Price, 'currency'>;
  /** domain.md's defaults with the clinic's overrides. */
  readonly protocol: Protocol;
  /** What a completed `<cit-candidacy-check>` inside the same clinic found, for the planner to start from. */
  readonly candidacy?: SharedCandidacy;
  /** Called by a completed `<cit-candidacy-check>`; the clinic then provides a new value with `candidacy`. */
  readonly shareCandidacy?: (candidacy: SharedCandidacy) => void;
}

/**
 * A completed candidacy check's hand-over: the concerns chosen, the plan they map to, the outcome,
 * the end of a dated wait, and the reasons (for the planner to say what must settle first).
 */
export interface SharedCandidacy {
  readonly concerns: readonly Concern[];
  readonly plan?: Plan;
  readonly outcome: Outcome;
  readonly waitUntil?: CalendarDate;
  readonly reasons: readonly CandidacyReason[];
}

export const clinicContext = createContext<ClinicSettings | undefined>(Symbol.for('cit-widgets/clinic'));
