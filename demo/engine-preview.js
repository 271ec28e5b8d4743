// Demo only, until the widgets exist: shows the kit's engine answering through window.CitWidgets.
// Builds DOM with textContent only (the page runs under Trusted Types).
(() => {
  const box = document.getElementById('engine-preview');
  const { assessCandidacy, planSessions, localDateOf } = window.CitWidgets ?? {};
  if (!box || !assessCandidacy) return;
  const today = localDateOf(new Date());
  const sixWeeksAgo = new Date(Date.now() - 42 * 864e5);
  const check = assessCandidacy({ concerns: ['acne-scars'], conditions: ['isotretinoin'], isotretinoinLastDose: localDateOf(sixWeeksAgo), today });
  const plan = planSessions({ concerns: ['acne-scars'], start: check.waitUntil ?? today, price: { min: 250, max: 400, currency: 'USD' } });
  const rows = [
    ['Patient', 'acne scars; last isotretinoin dose six weeks ago'],
    ['Outcome', `${check.outcome}, until ${check.waitUntil}`],
    ['Plan', `${plan.plan}: ${plan.sessions.map((s) => s.date).join(', ')}`],
    ['Best results', `${plan.bestResults.from} to ${plan.bestResults.to}`],
    ['Cost', `${plan.cost.min}–${plan.cost.max} ${plan.cost.currency}`],
  ];
  const title = document.createElement('h3');
  title.textContent = 'Engine preview (the widgets will replace this)';
  const list = document.createElement('dl');
  for (const [term, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  box.append(title, list);
  box.hidden = false;
})();
