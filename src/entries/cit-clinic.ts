/** The chunk the one-tag script loads when the page has a `<cit-clinic>`: registers it alone. */
import { define } from '../define.js';
import { CitClinic } from '../elements/cit-clinic/cit-clinic.js';

define('cit-clinic', CitClinic);
