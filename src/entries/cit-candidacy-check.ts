/** The chunk the one-tag script loads when the page has a `<cit-candidacy-check>`: registers it alone. */
import { define } from '../define.js';
import { CitCandidacyCheck } from '../elements/cit-candidacy-check/cit-candidacy-check.js';

define('cit-candidacy-check', CitCandidacyCheck);
