/**
 * `cit-widgets/candidacy-check`: registers `<cit-candidacy-check>` alone (guarded: a second copy of
 * the kit on the page is harmless). It works on its own; put it in a `<cit-clinic>`
 * (`cit-widgets/clinic`) for a clinic's settings.
 */
import { define } from './define.js';
import { CitCandidacyCheck } from './elements/cit-candidacy-check/cit-candidacy-check.js';

export { CitCandidacyCheck };
export type { CandidacyAnswers } from './elements/cit-candidacy-check/cit-candidacy-check.js';
export type { CandidacyResult } from './core/candidacy.js';

define('cit-candidacy-check', CitCandidacyCheck);
