/**
 * `cit-widgets/clinic`: registers `<cit-clinic>` alone (guarded: a second copy of the kit on the
 * page is harmless), which gives its settings to the widgets inside it, whichever entry point
 * registered them.
 */
import { define } from './define.js';
import { CitClinic } from './elements/cit-clinic/cit-clinic.js';

export { CitClinic };
export { clinicContext, type ClinicSettings, type SharedCandidacy } from './context.js';

define('cit-clinic', CitClinic);
