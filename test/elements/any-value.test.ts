import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';

/**
 * Whatever a site builder types as an attribute, or a developer sets as a property (React 19 sets
 * properties), no element throws into the page: each renders itself, and a value it cannot take
 * is named in its problem box. Random strings, numbers, objects, lists, dates, booleans, null.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Each element's settings: [attribute, property]. */
const SETTINGS: Record<string, readonly (readonly [string, string])[]> = {
  'cit-clinic': [['name', 'name'], ['booking-url', 'bookingUrl'], ['phone', 'phone'], ['locale', 'locale'], ['currency', 'currency'], ['price', 'price']],
  'cit-candidacy-check': [['today', 'today'], ['compact', 'compact'], ['locale', 'locale']],
  'cit-recovery-timeline': [['treated-at', 'treatedAt'], ['from-url', 'fromUrl'], ['now', 'now'], ['last-session', 'lastSession'], ['locale', 'locale']],
  'cit-session-planner': [
    ['concerns', 'concerns'],
    ['start', 'start'],
    ['sessions', 'sessions'],
    ['interval', 'interval'],
    ['event-date', 'eventDate'],
    ['today', 'today'],
    ['locale', 'locale'],
  ],
};
const TAGS = Object.keys(SETTINGS);

/** Values that look like what people type, and what they should not. */
const nearMiss = fc.constantFrom(
  '',
  ' ',
  '2026-02-30',
  '2026-13-01',
  '20266-01-01',
  '999999-12-31',
  '0000-01-01',
  '1899-12-31',
  '2200-01-01',
  '2199-12-31',
  '2199-12-31T23:59',
  '2026-11-30 19:00',
  '2026-11-30T25:00',
  'texture texture texture',
  'texture,pores,,',
  'fine-lines '.repeat(500),
  'javascript:alert(1)',
  '//evil.example',
  '<img src=x onerror=alert(1)>',
  '1e400',
  '-1',
  '0',
  '99',
  '3.5',
  'NaN',
  'es',
  'xx-!!',
  'EURO',
  '150-600',
  '600-150',
  'true',
  'false',
  'x'.repeat(10_000),
);
const anyText = fc.oneof(nearMiss, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const anyValue = fc.oneof(
  anyText,
  fc.double(),
  fc.integer(),
  fc.constantFrom(Infinity, -Infinity, NaN, -0, 1e400, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ min: new Date(-8_000_000_000_000_000), max: new Date(8_000_000_000_000_000) }),
  fc.constant(new Date(Number.NaN)),
  fc.array(fc.oneof(anyText, fc.integer()), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
);

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
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TAGS).chain((tag) => fc.tuple(fc.constant(tag), fc.constantFrom(...(SETTINGS[tag] as [string, string][])))),
        anyValue,
        fc.boolean(),
        fc.boolean(),
        async ([tag, [attribute, property]], value, asProperty, inClinic) => {
          errors.length = 0;
          const host = document.createElement('div');
          document.body.append(host);
          try {
            const el = document.createElement(tag) as Widget;
            if (asProperty) (el as unknown as Record<string, unknown>)[property] = value;
            else if (value !== undefined && value !== null) el.setAttribute(attribute, String(value));
            if (inClinic && tag !== 'cit-clinic') {
              const clinic = document.createElement('cit-clinic');
              clinic.append(el);
              host.append(clinic);
            } else host.append(el);
            await el.updateComplete;
            await el.updateComplete;
            const root = el.shadowRoot as ShadowRoot;
            // Itself: every widget draws its base; the clinic its slot for the widgets inside.
            const drawn = tag === 'cit-clinic' ? root.querySelector('slot') : root.querySelector('[part~="base"]');
            if (!drawn) return false;
            const box = root.querySelector('[part="error"]');
            // A problem box names the setting it is about (and nothing else was set).
            if (box && !box.textContent?.includes(attribute) && !box.textContent?.includes('in the page address')) return false;
            return errors.length === 0;
          } finally {
            host.remove();
          }
        },
      ),
      { numRuns: 300 },
    );
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
