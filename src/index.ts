/**
 * cit-widgets: registers every element (once, even if the script is on the page twice) and exports
 * the domain engine. In the classic script build, all of this is on `window.CitWidgets`.
 */
import { define } from './define.js';
import { CitClinic } from './elements/cit-clinic/cit-clinic.js';
import { CitCandidacyCheck } from './elements/cit-candidacy-check/cit-candidacy-check.js';
import { CitRecoveryTimeline } from './elements/cit-recovery-timeline/cit-recovery-timeline.js';
import { CitSessionPlanner } from './elements/cit-session-planner/cit-session-planner.js';

export * from './core/index.js';
export { clinicContext, type ClinicSettings } from './context.js';
/** The kit's version (`CitWidgets.version` in the page). */
export { VERSION as version } from './version.js';
export { CitClinic, CitCandidacyCheck, CitRecoveryTimeline, CitSessionPlanner };

define('cit-clinic', CitClinic);
define('cit-candidacy-check', CitCandidacyCheck);
define('cit-recovery-timeline', CitRecoveryTimeline);
define('cit-session-planner', CitSessionPlanner);
