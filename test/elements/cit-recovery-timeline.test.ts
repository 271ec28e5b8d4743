import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { ACTIVITIES } from '../../src/core/domain.js';
import type { RecoveryTimeline } from '../../src/core/recovery.js';
import { define } from '../../src/define.js';
import { CitRecoveryTimeline } from '../../src/elements/cit-recovery-timeline.js';
import { timelineEn, timelineEs } from '../../src/elements/cit-recovery-timeline.messages.js';
import '../../src/index.js';
import { CAN_I_FROM } from '../core/helpers.js';
import { framePage } from '../frame.js';

define('cit-recovery-timeline', CitRecoveryTimeline);

// The evening before the United States' spring-forward night (2026-03-08).
const TREATED = '2026-03-07T18:00';

async function timeline(attributes: string): Promise<CitRecoveryTimeline> {
  const el = await fixture<CitRecoveryTimeline>(`<cit-recovery-timeline ${attributes}></cit-recovery-timeline>`);
  await el.updateComplete;
  return el;
}
const shadow = (el: CitRecoveryTimeline) => el.shadowRoot as ShadowRoot;
/** Each group's milestones as "what | when", by the group's heading. */
function groups(el: CitRecoveryTimeline): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const list of shadow(el).querySelectorAll('ol')) {
    const title = list.previousElementSibling?.tagName === 'H4' ? (list.previousElementSibling.textContent ?? '') : 'Done';
    result[title] = [...list.querySelectorAll('li')].map((li) => `${li.querySelector('.what')?.textContent} | ${li.querySelector('.when')?.textContent?.replace(/\s+/g, ' ').trim()}`);
  }
  return result;
}
/** The "can I" answers, in the order of ACTIVITIES. */
const answers = (el: CitRecoveryTimeline) => [...shadow(el).querySelectorAll('.can-i li strong')].map((s) => s.textContent);

describe('<cit-recovery-timeline>', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-timezone', '');
    await setViewport({ width: 800, height: 600 });
  });

  it('shows every milestone with its dates, grouped around now, on day 3', async () => {
    const el = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00"`);
    expect(groups(el)).to.deep.equal({
      Now: [
        'No sweating or hard workouts | Sat, Mar 7, 6:00 PM – Tue, Mar 10, 6:00 PM',
        'Keep out of direct sun; sunscreen every day after | Sat, Mar 7, 6:00 PM – Tue, Mar 10, 6:00 PM',
        'Gentle care only: mild cleanser, hyaluronic serum, moisturiser | Sat, Mar 7, 6:00 PM – Tue, Mar 10, 6:00 PM',
        'No retinol, exfoliating acids or vitamin C | Sat, Mar 7, 6:00 PM – Sat, Mar 14, 6:00 PM',
        'No other skin treatments: facials, peels, lasers | Sat, Mar 7, 6:00 PM – Sat, Apr 4, 6:00 PM',
        'Collagen keeps remodelling | Sat, Mar 7, 6:00 PM – Sun, Mar 7, 2027, 6:00 PM',
      ],
      Next: [
        'Dry, light flaking: do not pick or scrub | Tue, Mar 10, 6:00 PM – Wed, Mar 11, 6:00 PM',
        'Back to normal, a first glow | Thu, Mar 12, 6:00 PM – Sat, Mar 14, 6:00 PM',
        'Brighter, more even tone | Sat, Mar 14, 6:00 PM – Sat, Mar 21, 6:00 PM',
      ],
      Later: [
        'Visible results | Sat, Apr 4, 6:00 PM – Sat, Apr 18, 6:00 PM',
        'Window for your next session | Sat, Apr 4, 6:00 PM – Sat, Apr 18, 6:00 PM',
        'Best results | Sun, Jun 7, 6:00 PM – Mon, Sep 7, 6:00 PM',
      ],
      Done: [
        'Red, warm and tight, like mild sunburn; pinpoint bleeding is possible | Sat, Mar 7, 6:00 PM – Mon, Mar 9, 6:00 PM',
        'Redness and swelling settle | Mon, Mar 9, 6:00 PM',
        'No makeup | Sat, Mar 7, 6:00 PM – Mon, Mar 9, 6:00 PM',
        'Hair back, clean pillowcase | Sat, Mar 7, 6:00 PM – Mon, Mar 9, 6:00 PM',
      ],
    });
    expect(shadow(el).querySelector('.red-flags')?.textContent).to.contain(timelineEn['tl.redFlagsList']);
  });

  it('marks where the patient is with aria-current, and moves the marker as time passes', async () => {
    const el = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00"`);
    const current = () => [...shadow(el).querySelectorAll('[aria-current]')].map((li) => li.querySelector('.what')?.textContent);
    expect(current()).to.deep.equal(['No sweating or hard workouts']);
    expect(shadow(el).querySelector('[aria-current]')?.getAttribute('aria-current')).to.equal('time');
    el.now = '2026-03-10T19:00';
    await el.updateComplete;
    expect(current()).to.deep.equal(['Dry, light flaking: do not pick or scrub']);
    el.now = '2026-04-10T09:00';
    await el.updateComplete;
    expect(current()).to.deep.equal(['Visible results']);
  });

  it('answers "can I … yet?" on both sides of each boundary', async () => {
    const boundaries = CAN_I_FROM;
    const el = await timeline(`treated-at="${TREATED}"`);
    for (const [i, activity] of ACTIVITIES.entries()) {
      el.now = `${boundaries[activity].slice(0, 11)}17:59`;
      await el.updateComplete;
      expect(answers(el)[i], `${activity} a minute before`).to.equal('Not yet');
      expect(shadow(el).querySelectorAll('.can-i li')[i]?.textContent).to.contain('(in 1 minute)');
      el.now = boundaries[activity];
      await el.updateComplete;
      expect(answers(el)[i], `${activity} at the boundary`).to.equal('Yes');
    }
    el.now = '2026-03-08T16:30';
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.can-i li')[0]?.textContent).to.contain('from Mon, Mar 9, 6:00 PM (in 1 day 1 hour)');
  });

  it('opens the "can I" panel from the keyboard', async () => {
    const el = await timeline(`treated-at="${TREATED}" now="2026-03-08T10:00"`);
    const panel = shadow(el).querySelector('[part="can-i"]') as HTMLDetailsElement;
    expect(panel.open).to.be.false;
    (panel.querySelector('summary') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    expect(panel.open).to.be.true;
  });

  it('reads treated-at from the page address only when from-url allows it', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}treated-at=2026-03-07T18:00`);
    try {
      const allowed = await timeline('from-url now="2026-03-10T09:00"');
      expect(shadow(allowed).querySelector('[aria-current]')).to.exist;
      const refused = await timeline('now="2026-03-10T09:00"');
      expect(shadow(refused).querySelector('[aria-current]')).to.equal(null);
      expect(shadow(refused).querySelector('#treated-at')).to.exist;
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('says which value is bad, and asks for the time instead', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (message: unknown) => errors.push(message);
    try {
      const el = await timeline('treated-at="2026-02-30T10:00" now="2026-03-10T09:00"');
      expect(shadow(el).querySelector('[part="error"]')?.textContent).to.contain('treated-at: “2026-02-30T10:00” is not a date');
      expect(shadow(el).querySelector('#treated-at')).to.exist;
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('takes a date alone as the end of clinic hours, and says so', async () => {
    const el = await timeline('treated-at="2026-03-07" now="2026-03-10T09:00"');
    expect(shadow(el).textContent).to.contain('Treatment ended Sat, Mar 7, 6:00 PM.').and.contain('we assume 6:00 PM');
  });

  it('lets the patient enter the time, then fires cit-timeline-ready with the milestones', async () => {
    const el = await timeline('now="2026-03-10T09:00"');
    const input = shadow(el).querySelector('#treated-at') as HTMLInputElement;
    await nextFrame(); // a patient types into a field on screen: WebKit lays out a date-time field's parts only then
    input.focus();
    await sendKeys({ type: '03/07/2026/06:00/PM' }); // month, day, year, hour, minute, PM, each closed by a separator (WebKit moves on only then)
    expect(input.value).to.equal('2026-03-07T18:00');
    const ready = oneEvent(el, 'cit-timeline-ready') as Promise<CustomEvent<RecoveryTimeline>>;
    (shadow(el).querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const { detail } = await ready;
    expect(detail.milestones).to.have.length(17);
    expect(detail.milestones.find((m) => m.id === 'no-makeup')?.to).to.equal('2026-03-09T18:00');
    expect(shadow(el).querySelector('[aria-current]')).to.exist;
  });

  it('makes one .ics file of the reminders that matter, with alarms', async () => {
    const el = await fixture<HTMLElement>(html`<cit-clinic name="Lumen" phone="+1 555 013 4200"><cit-recovery-timeline treated-at=${TREATED} now="2026-03-08T10:00"></cit-recovery-timeline></cit-clinic>`);
    const tl = el.querySelector('cit-recovery-timeline') as CitRecoveryTimeline;
    await tl.updateComplete;
    expect((shadow(tl).querySelector('.red-flags a') as HTMLAnchorElement).href).to.equal('tel:+15550134200');
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), create(blob));
    try {
      [...shadow(tl).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Add to my calendar'))?.click();
    } finally {
      URL.createObjectURL = create;
    }
    const calendar = new ICAL.Component(ICAL.parse(await (blobs[0] as Blob).text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).to.deep.equal([
      ['Makeup allowed again', '2026-03-09T18:00:00'],
      ['Workouts allowed again', '2026-03-10T18:00:00'],
      ['Retinol and acids allowed again', '2026-03-14T18:00:00'],
      ['Next microneedling session window opens', '2026-04-04T18:00:00'],
    ]);
    expect(calendar.getAllSubcomponents('vevent').every((v) => v.getFirstSubcomponent('valarm'))).to.be.true;
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Lumen');
  });

  it('keeps wall-clock times across a daylight-saving weekend in the patient’s own zone', async () => {
    await executeServerCommand('emulate-timezone', 'America/New_York');
    expect(new Date(2026, 2, 9, 18).getTimezoneOffset()).to.equal(240); // daylight time has begun
    expect(new Date(2026, 2, 7, 18).getTimezoneOffset()).to.equal(300);
    const el = await timeline(`treated-at="${TREATED}" now="2026-03-09T17:59"`);
    expect(answers(el)[0]).to.equal('Not yet');
    expect(groups(el).Now?.find((row) => row.startsWith('No makeup'))).to.equal('No makeup | Sat, Mar 7, 6:00 PM – Mon, Mar 9, 6:00 PM');
  });

  it('ticks once a minute while visible, stops while hidden, and leaves no timer behind', async () => {
    const active = new Set<unknown>();
    const [set, clear] = [window.setInterval, window.clearInterval];
    window.setInterval = ((fn: TimerHandler, ms?: number) => {
      const id = set(fn, ms);
      if (ms === 60_000) active.add(id);
      return id;
    }) as typeof setInterval;
    window.clearInterval = ((id?: number) => (active.delete(id), clear(id))) as typeof clearInterval;
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState') as PropertyDescriptor;
    try {
      const el = await timeline(`treated-at="${TREATED}"`);
      expect(active.size).to.equal(1);
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(active.size).to.equal(0);
      delete (document as { visibilityState?: unknown }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(active.size).to.equal(1);
      el.remove();
      expect(active.size).to.equal(0);
    } finally {
      window.setInterval = set;
      window.clearInterval = clear;
      Object.defineProperty(Document.prototype, 'visibilityState', visibility);
    }
  });

  it('passes axe, fits 320 px, and has every message in Spanish', async () => {
    expect(Object.keys(timelineEs).sort()).to.deep.equal(Object.keys(timelineEn).sort());
    const page = await framePage(`<cit-recovery-timeline treated-at="${TREATED}" now="2026-03-10T09:00"></cit-recovery-timeline><cit-recovery-timeline now="2026-03-10T09:00"></cit-recovery-timeline>`, 320, 640);
    const [el, form] = page.doc.querySelectorAll<CitRecoveryTimeline>('cit-recovery-timeline');
    (shadow(el as CitRecoveryTimeline).querySelector('[part="can-i"]') as HTMLDetailsElement).open = true;
    await page.expectAccessible(el as CitRecoveryTimeline);
    expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    await page.expectAccessible(form as CitRecoveryTimeline);
    page.frame.remove();
    const spanish = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00" locale="es"`);
    await waitUntil(() => shadow(spanish).querySelector('h3')?.textContent === 'Tu recuperación');
    expect(shadow(spanish).textContent).to.contain('mar, 10 mar');
  });
});
