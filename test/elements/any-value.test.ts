import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { anyValueProperty } from '../any-value.js';

/**
 * Whatever a site builder types as an attribute, or a developer sets as a property (React 19 sets
 * properties), no element throws into the page: each renders itself, and a value it cannot take
 * is named in its problem box. Random strings, numbers, objects, lists, dates, booleans, null.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('any value as any attribute or property', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  let consoleError: typeof console.error;
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    consoleError = console.error;
    console.error = () => {}; // each bad value is reported once on the console; that is tested elsewhere
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    console.error = consoleError;
  });

  it('never throws, always renders, and names the setting it could not take', async () => {
    errors.length = 0;
    await fc.assert(anyValueProperty(document, errors), { numRuns: 300 });
    expect(errors).to.deep.equal([]);
  });
});

describe('natural property types', () => {
  it('takes a number for a count or a price, a Date for a date, a list for concerns', async () => {
    const clinic = document.createElement('cit-clinic') as Widget & { price?: unknown; currency?: unknown };
    const planner = document.createElement('cit-session-planner') as unknown as Widget & Record<string, unknown>;
    clinic.price = 350;
    clinic.currency = 'EUR';
    planner.concerns = ['acne-scars', 'pores'];
    planner.sessions = 5;
    planner.interval = 6;
    planner.today = new Date(2026, 0, 10, 23, 30); // the patient's own calendar day, whatever the time
    planner.start = new Date(2026, 0, 31);
    clinic.append(planner);
    document.body.append(clinic);
    try {
      await planner.updateComplete;
      await planner.updateComplete;
      const plan = planner.plan as { plan: string; sessions: { date: string }[]; cost?: { min: number } };
      expect(plan.plan).to.equal('scars');
      expect(plan.sessions.map((s) => s.date)).to.deep.equal(['2026-01-31', '2026-03-14', '2026-04-25', '2026-06-06', '2026-07-18']);
      expect(plan.cost?.min).to.equal(1750);
      expect(planner.shadowRoot?.querySelector('[part="error"]')).to.equal(null);
      const timeline = document.createElement('cit-recovery-timeline') as unknown as Widget & Record<string, unknown>;
      timeline.treatedAt = new Date(2026, 2, 7, 18, 0);
      timeline.now = new Date(2026, 2, 8, 9, 0);
      document.body.append(timeline);
      await timeline.updateComplete;
      expect(timeline.shadowRoot?.textContent).to.contain('Mar 7').and.contain('6:00');
      expect(timeline.shadowRoot?.querySelector('[part="error"]')).to.equal(null);
      timeline.remove();
    } finally {
      clinic.remove();
    }
  });
});
