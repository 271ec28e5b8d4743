/**
 * The domain engine: plain TypeScript, no DOM. Pure functions from validated input to result;
 * "today" and "now" are always inputs. Every function here checks its input; the kit's widgets call
 * the same rules through variants that take input they checked already (not part of this API).
 */
export { CitInputError, type CitInputIssue, type PatientIssueCode } from './errors.js';
export * from './dates.js';
export * from './domain.js';
export { defaultProtocol, PROTOCOL_LIMITS, STRICTER_FACTOR, type Limit, type Protocol, type ProtocolOverrides, type Unit } from './protocol.js';
export { parseProtocol, resolveProtocol } from './protocol-reader.js';
export { nextStepFor, waitLength, type CandidacyInput, type CandidacyReason, type CandidacyResult, type NextStep } from './candidacy.js';
export {
  earliestStart,
  eventIssues,
  sessionCountIssues,
  startIssues,
  type DateRange,
  type EventFit,
  type EventLevel,
  type PlanInput,
  type PlannedSession,
  type Price,
  type SessionPlan,
} from './plan.js';
export {
  ASSUMED_TREATMENT_TIME,
  MILESTONES,
  treatmentTime,
  type Milestone,
  type MilestoneId,
  type MilestoneKind,
  type Preparation,
  type RecoveryTimeline,
} from './recovery.js';
export { assessCandidacy, canI, canIAll, planSessions, preparationFor, recoveryTimeline } from './checked.js';
export * from './ics.js';
