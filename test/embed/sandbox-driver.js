// Inside the sandboxed frame (its origin is opaque, so the test cannot reach in): a patient's
// clicks through the check and the timeline, and what they saw, posted to the test.
const errors = [];
addEventListener('error', (e) => errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const shadow = (tag) => document.querySelector(tag).shadowRoot;

async function run() {
  await customElements.whenDefined('cit-candidacy-check');
  await frame();
  const check = shadow('cit-candidacy-check');
  check.querySelector('#concern-texture').click();
  await frame();
  for (let step = 0; step < 3 && !check.querySelector('[part="outcome"]'); step++) {
    check.querySelector('button[type="submit"]').click();
    await frame();
  }
  const timeline = shadow('cit-recovery-timeline');
  timeline.querySelector('#treated-at').value = '2026-03-07T18:00';
  timeline.querySelector('button[type="submit"]').click();
  await frame();
  let storage = 'available';
  try {
    sessionStorage.length;
  } catch {
    storage = 'blocked';
  }
  parent.postMessage(
    {
      outcome: check.querySelector('[part="outcome"]')?.textContent.trim() ?? '',
      calendarLinks: check.querySelectorAll('.calendar-links a').length,
      timeline: timeline.querySelector('[data-result]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      reminderLinks: timeline.querySelectorAll('.calendar-links a').length,
      storage,
      errors,
    },
    '*',
  );
}
run().catch((error) => parent.postMessage({ errors: [...errors, String(error)] }, '*'));
