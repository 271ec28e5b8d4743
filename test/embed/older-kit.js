// An older copy of the kit, loaded first: it defined the elements (here, a stand-in marked 0.0.9).
window.__warnings = [];
const warn = console.warn;
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
for (const tag of ['cit-clinic', 'cit-candidacy-check', 'cit-session-planner', 'cit-recovery-timeline']) {
  const Older = class extends HTMLElement {};
  Older[Symbol.for('cit-widgets.version')] = '0.0.9';
  customElements.define(tag, Older);
}
