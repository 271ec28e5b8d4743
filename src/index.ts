/**
 * cit-widgets: registers every element (once, even if the script is on the page twice) and exports
 * the domain engine. In the classic script build, all of this is on `window.CitWidgets`.
 */
import { define } from './define.js';
import { CitClinic } from './elements/cit-clinic.js';

export * from './core/index.js';
export { clinicContext, type ClinicSettings } from './context.js';
export { CitClinic };

define('cit-clinic', CitClinic);
