/**
 * `cit-widgets/session-planner`: registers `<cit-session-planner>` alone (guarded: a second copy of
 * the kit on the page is harmless). It works on its own; put it in a `<cit-clinic>`
 * (`cit-widgets/clinic`) for a clinic's settings and prices.
 */
import { define } from './define.js';
import { CitSessionPlanner } from './elements/cit-session-planner/cit-session-planner.js';

export { CitSessionPlanner };
export type { SessionPlan } from './core/plan.js';

define('cit-session-planner', CitSessionPlanner);
