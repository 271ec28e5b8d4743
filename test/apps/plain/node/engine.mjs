// The engine in plain Node, no DOM: scripts/test-apps.mjs runs this and reads the JSON it prints.
import { Worker } from 'node:worker_threads';
import { assessCandidacy, CitInputError, planSessions, version } from 'cit-widgets/engine';

const plan = planSessions({ concerns: ['acne-scars'], start: '2027-01-04', price: { min: 250, max: 400, currency: 'USD' } });
let refused;
try {
  assessCandidacy({ concerns: ['wrinkles'], conditions: [], today: '2026-02-30' });
} catch (error) {
  refused = error instanceof CitInputError ? error.issues.map((issue) => issue.path) : String(error);
}
const inWorker = await new Promise((resolve, reject) => {
  const worker = new Worker(new URL('./engine-worker.mjs', import.meta.url));
  worker.once('message', resolve);
  worker.once('error', reject);
});
console.log(
  JSON.stringify({
    dom: [typeof window, typeof document, typeof HTMLElement, typeof customElements],
    version,
    plan: plan.plan,
    dates: plan.sessions.map((s) => s.date),
    cost: plan.cost,
    refused,
    inWorker,
  }),
);
