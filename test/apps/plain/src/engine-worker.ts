import { planSessions } from 'cit-widgets/engine';

const plan = planSessions({ concerns: ['texture'], start: '2027-01-04' });
postMessage(`${typeof document} ${plan.plan} ${plan.sessions.map((s) => s.date).join(' ')}`);
