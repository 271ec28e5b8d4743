/** The chunk the one-tag script loads when the page has a `<cit-recovery-timeline>`: registers it alone. */
import { define } from '../define.js';
import { CitRecoveryTimeline } from '../elements/cit-recovery-timeline/cit-recovery-timeline.js';

define('cit-recovery-timeline', CitRecoveryTimeline);
