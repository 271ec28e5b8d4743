// Puts the widget named by `?widget=` in a clinic before the deferred kit runs, as if the page's
// HTML held it: the page types of `npm run bench` (each widget alone in its clinic).
const ATTRIBUTES = {
  'cit-candidacy-check': {},
  'cit-recovery-timeline': { 'treated-at': '2026-11-20T10:00' },
  'cit-session-planner': { concerns: 'texture' },
};
const tag = new URLSearchParams(location.search).get('widget');
if (!Object.hasOwn(ATTRIBUTES, tag)) throw new Error(`bench/one.html: no widget ${tag}`);
const clinic = document.createElement('cit-clinic');
for (const [name, value] of Object.entries({ name: 'Bench Clinic', currency: 'USD', price: '300' })) clinic.setAttribute(name, value);
const widget = document.createElement(tag);
for (const [name, value] of Object.entries(ATTRIBUTES[tag])) widget.setAttribute(name, value);
clinic.append(widget);
document.querySelector('main').append(clinic);
