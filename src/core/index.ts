/**
 * The domain engine: plain TypeScript, no DOM. Pure functions from validated input to result;
 * "today" and "now" are always inputs.
 */
export { CitInputError, type CitInputIssue, type PatientIssueCode } from './errors.js';
export * from './dates.js';
export * from './domain.js';
export * from './protocol.js';
export * from './candidacy.js';
export * from './plan.js';
export * from './recovery.js';
export * from './ics.js';
