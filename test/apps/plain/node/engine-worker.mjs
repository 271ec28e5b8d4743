import { parentPort } from 'node:worker_threads';
import { recoveryTimeline } from 'cit-widgets/engine';

const timeline = recoveryTimeline({ treatedAt: '2026-11-30T10:00', now: '2026-12-01T09:00' });
parentPort.postMessage(timeline.current);
