import { candidacyEs } from '../../elements/cit-candidacy-check.messages.es.js';
import { timelineEs } from '../../elements/cit-recovery-timeline.messages.es.js';
import { plannerEs } from '../../elements/cit-session-planner.messages.es.js';
import { es } from '../es.js';
import type { LanguagePack } from '../languages.js';

/** Spanish (neutral, `tú`): the chunk a widget loads when it speaks Spanish. */
const spanish: LanguagePack = {
  shared: es,
  elements: { 'cit-candidacy-check': candidacyEs, 'cit-recovery-timeline': timelineEs, 'cit-session-planner': plannerEs },
};
export default spanish;
