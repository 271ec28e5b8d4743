// Single elements, not the whole kit: <cit-recovery-timeline> must stay undefined.
import 'cit-widgets/clinic';
import 'cit-widgets/candidacy-check';
import { CitSessionPlanner } from 'cit-widgets/session-planner';
import { version } from 'cit-widgets/engine';
import type { CitEvents } from 'cit-widgets/types';
import { LitElement, html } from 'lit';

/** The app's own Lit element: its bundle must hold one Lit, shared with the kit. */
class AppNote extends LitElement {
  protected override render() {
    return html`<p>Kit ${version}</p>`;
  }
}
customElements.define('app-note', AppNote);

const app = document.querySelector('#app')!;
const clinic = document.createElement('cit-clinic');
clinic.setAttribute('name', 'Lumen Skin Clinic');
clinic.setAttribute('currency', 'EUR');
clinic.setAttribute('price', '300');
const check = document.createElement('cit-candidacy-check');
check.today = '2026-12-01';
// HTMLElementTagNameMap gives the class: its properties are typed.
const planner: CitSessionPlanner = document.createElement('cit-session-planner');
planner.concerns = 'acne-scars';
planner.start = '2027-01-04';
planner.today = '2026-12-01';
clinic.append(check, planner);

const outcome = document.createElement('output');
outcome.id = 'outcome';
const more = document.createElement('button');
more.id = 'more';
more.textContent = '5 sessions';
more.addEventListener('click', () => (planner.sessions = '5'));
const fromWorker = document.createElement('output');
fromWorker.id = 'worker';
app.append(clinic, document.createElement('app-note'), outcome, more, fromWorker);

// GlobalEventHandlersEventMap gives the event's detail: the engine's result.
document.addEventListener('cit-candidacy-complete', (event) => {
  outcome.textContent = event.detail.outcome;
});
const onPlan = (event: CitEvents['cit-plan-change']) => event.detail.sessions.length;
planner.addEventListener('cit-plan-change', onPlan);

// The engine in a Web Worker: no DOM there.
const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });
worker.addEventListener('message', (event: MessageEvent<string>) => {
  fromWorker.textContent = event.data;
});
