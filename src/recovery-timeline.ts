/**
 * `cit-widgets/recovery-timeline`: registers `<cit-recovery-timeline>` alone (guarded: a second
 * copy of the kit on the page is harmless). It works on its own; put it in a `<cit-clinic>`
 * (`cit-widgets/clinic`) for a clinic's settings.
 */
import { define } from './define.js';
import { CitRecoveryTimeline } from './elements/cit-recovery-timeline/cit-recovery-timeline.js';

export { CitRecoveryTimeline };
export type { RecoveryTimeline } from './core/recovery.js';

define('cit-recovery-timeline', CitRecoveryTimeline);
