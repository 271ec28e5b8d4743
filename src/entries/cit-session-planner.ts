/** The chunk the one-tag script loads when the page has a `<cit-session-planner>`: registers it alone. */
import { define } from '../define.js';
import { CitSessionPlanner } from '../elements/cit-session-planner/cit-session-planner.js';

define('cit-session-planner', CitSessionPlanner);
