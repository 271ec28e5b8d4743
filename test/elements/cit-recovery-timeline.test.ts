import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { calendarFiles, itIn } from '../browser.js';
import { ACTIVITIES } from '../../src/core/domain.js';
import type { RecoveryTimeline } from '../../src/core/recovery.js';
import { define } from '../../src/define.js';
import { CitRecoveryTimeline } from '../../src/elements/cit-recovery-timeline/cit-recovery-timeline.js';
import { timelineEn } from '../../src/elements/cit-recovery-timeline/messages/en.js';
import timelineEs from '../../src/elements/cit-recovery-timeline/messages/es.js';
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
/** The gentle-routine milestone as shown: the clinic's products first (domain.md recovery table). */
const GENTLE =
  'Gentle care only: the products your clinic gave you come first; besides them, only a mild cleanser, a hydrating serum (hyaluronic acid) and moisturizer';
/** The patient's view of the whole widget, spaces collapsed. */
const text = (el: Element) => (el.shadowRoot ?? el).textContent?.replace(/\s+/g, ' ').trim() ?? '';
const best = (el: CitRecoveryTimeline) => text(shadow(el).querySelector('.best [role="status"]') as Element);
const question = (el: CitRecoveryTimeline) => shadow(el).querySelector('.best fieldset');
const radio = (el: CitRecoveryTimeline, value: string) => shadow(el).querySelector(`input[name="last-session"][value="${value}"]`) as HTMLInputElement;
/** Each list inside the warning box, as its items' text. */
const redFlagLists = (el: CitRecoveryTimeline) =>
  [...shadow(el).querySelectorAll('[part="red-flags"] ul')].map((ul) => [...ul.querySelectorAll('li')].map((li) => text(li)));
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

/** Opens the "can I … yet?" panel as a patient would: its answers are worked out only then. */
async function openCanI(el: CitRecoveryTimeline): Promise<void> {
  const panel = shadow(el).querySelector('[part="can-i"]') as HTMLDetailsElement;
  const toggled = oneEvent(panel, 'toggle');
  panel.open = true;
  await toggled;
  await el.updateComplete;
}

/** The "can I" answers, in the order of ACTIVITIES. */
const answers = (el: CitRecoveryTimeline) => [...shadow(el).querySelectorAll('.can-i li strong')].map((s) => s.textContent);

describe('<cit-recovery-timeline>', () => {
  // A time the patient entered is kept for the tab: each test starts without one.
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    await executeServerCommand('emulate-timezone', '');
    await setViewport({ width: 800, height: 600 });
  });

  it('shows every milestone with its dates, grouped around now, on day 3', async () => {
    const el = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00"`);
    expect(groups(el)).to.deep.equal({
      Now: [
        'Skin usually looks like a mild sunburn: red, warm, tight, maybe swollen; pinpoint bleeding may show | Sat, Mar 7, 6:00 PM – Tue, Mar 10, 6:00 PM',
        'Temporary dark spots may appear, more likely on darker skin; they typically fade within days | Sat, Mar 7, 6:00 PM – Sat, Mar 14, 6:00 PM',
        'No sweating or hard workouts | Sat, Mar 7, 6:00 PM – Tue, Mar 10, 6:00 PM',
        'Avoid direct sun; after that, sunscreen every day | Sat, Mar 7, 6:00 PM – Tue, Mar 10, 6:00 PM',
        `${GENTLE} | Sat, Mar 7, 6:00 PM – Tue, Mar 10, 6:00 PM`,
        'No retinoids or retinol, exfoliating acids (such as AHAs) or vitamin C | Sat, Mar 7, 6:00 PM – Sat, Mar 14, 6:00 PM',
        'Skin may feel dry and flake lightly: do not pick or scrub | Mon, Mar 9, 6:00 PM – Wed, Mar 11, 6:00 PM',
        'No other skin treatments: facials, peels, lasers | Sat, Mar 7, 6:00 PM – Sat, Apr 4, 6:00 PM',
        'Collagen usually keeps remodeling | Sat, Mar 7, 6:00 PM – Sun, Mar 7, 2027, 6:00 PM',
      ],
      Next: [
        'Redness and swelling usually settle | Tue, Mar 10, 6:00 PM', // 72 hours
        'Skin usually looks back to normal, maybe with a first glow | Wed, Mar 11, 6:00 PM – Sat, Mar 14, 6:00 PM',
        'A brighter, more even tone may show | Sat, Mar 14, 6:00 PM – Sat, Mar 21, 6:00 PM',
      ],
      Later: [
        'First visible changes may show | Sat, Apr 4, 6:00 PM – Sat, Apr 18, 6:00 PM',
        'Window for your next session, if your course has one | Sat, Apr 4, 6:00 PM – Sat, Apr 18, 6:00 PM',
      ],
      Done: ['No makeup | Sat, Mar 7, 6:00 PM – Mon, Mar 9, 6:00 PM', 'Hair pulled back, a clean pillowcase | Sat, Mar 7, 6:00 PM – Mon, Mar 9, 6:00 PM'],
    });
  });

  it('says the products the clinic gave come first in the gentle routine', async () => {
    const el = await timeline(`treated-at="${TREATED}" now="2026-03-08T09:00"`);
    const gentle = [...shadow(el).querySelectorAll('.what')].map((w) => w.textContent).find((w) => w?.startsWith('Gentle care'));
    expect(gentle).to.equal(GENTLE);
    expect(gentle).to.match(/^Gentle care only: the products your clinic gave you come first/).and.contain('moisturizer');
  });

  it('marks where the patient is with aria-current, moves the marker as time passes, and breaks ties by the table’s order', async () => {
    const el = await timeline(`treated-at="${TREATED}" now="2026-03-08T10:00"`);
    const current = () => [...shadow(el).querySelectorAll('[aria-current]')].map((li) => li.querySelector('.what')?.textContent);
    // No makeup and hair back begin and end together: the earlier row of domain.md's table wins.
    expect(current()).to.deep.equal(['No makeup']);
    expect(shadow(el).querySelector('[aria-current]')?.getAttribute('aria-current')).to.equal('time');
    el.now = '2026-03-10T09:00';
    await el.updateComplete;
    expect(current()).to.deep.equal(['Skin may feel dry and flake lightly: do not pick or scrub']);
    el.now = '2026-03-12T09:00';
    await el.updateComplete;
    expect(current()).to.deep.equal(['Skin usually looks back to normal, maybe with a first glow']);
    el.now = '2026-04-10T09:00';
    await el.updateComplete;
    // First changes and the next-session window share both dates: again the table's order decides.
    expect(current()).to.deep.equal(['First visible changes may show']);
  });

  it('answers "can I … yet?" on both sides of each boundary', async () => {
    const boundaries = CAN_I_FROM;
    const el = await timeline(`treated-at="${TREATED}"`);
    expect(shadow(el).querySelectorAll('.can-i li'), 'nothing worked out while the panel is closed').to.have.length(0);
    await openCanI(el);
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

  it('moves focus to the result after "Show my recovery", lets the patient change the time, and keeps it through a reload', async () => {
    const el = await timeline('now="2026-03-10T09:00"');
    const input = shadow(el).querySelector('#treated-at') as HTMLInputElement;
    input.value = '2026-03-07T18:00';
    (shadow(el).querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await el.updateComplete;
    const result = shadow(el).querySelector('[data-result]') as HTMLElement;
    expect(shadow(el).activeElement).to.equal(result);
    expect(result.textContent).to.contain('Sat, Mar 7, 6:00 PM');
    // The entry outlives the element, as a reload would see it.
    el.remove();
    const again = await timeline('now="2026-03-10T09:00"');
    expect((shadow(again).querySelector('[data-result]') as HTMLElement).textContent).to.contain('Sat, Mar 7, 6:00 PM');
    (shadow(again).querySelector('button.change') as HTMLButtonElement).click();
    await again.updateComplete;
    const field = shadow(again).querySelector('#treated-at') as HTMLInputElement;
    expect(shadow(again).activeElement).to.equal(field);
    expect(field.value).to.equal('2026-03-07T18:00');
    field.value = '2026-03-08T10:30';
    (shadow(again).querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await again.updateComplete;
    expect((shadow(again).querySelector('[data-result]') as HTMLElement).textContent).to.contain('Sun, Mar 8, 10:30 AM');
    // A time from the clinic cannot be changed by the patient.
    const given = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00"`);
    expect(shadow(given).querySelector('button.change')).to.equal(null);
  });

  it('reads a link’s treatment time in common shapes, and asks the patient, not the site builder, when it cannot', async () => {
    const original = location.href;
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (message: unknown) => errors.push(message);
    try {
      for (const shape of ['2026-03-07 18:00', '2026-03-07+18:00', '2026-03-07T18:00:00']) {
        history.replaceState(null, '', `${location.pathname}?treated-at=${shape}`);
        const el = await timeline('from-url now="2026-03-10T09:00"');
        expect((shadow(el).querySelector('[data-result]') as HTMLElement)?.textContent, shape).to.contain('Sat, Mar 7, 6:00 PM');
      }
      expect(errors).to.deep.equal([]);
      for (const shape of ['yesterday', '2026-02-30T10:00', '20266-03-07T18:00']) {
        history.replaceState(null, '', `${location.pathname}?treated-at=${encodeURIComponent(shape)}`);
        const el = await timeline('from-url now="2026-03-10T09:00"');
        expect(shadow(el).querySelector('[part="error"]'), shape).to.equal(null);
        expect(text(el), shape).to.contain(timelineEn['tl.linkUnreadable']);
        expect(shadow(el).querySelector('#treated-at'), shape).to.exist;
      }
      expect(errors).to.have.length(3);
      expect(String(errors[0])).to.contain('treated-at in the page address').and.contain('yesterday');
    } finally {
      console.error = consoleError;
      history.replaceState(null, '', original);
    }
  });

  // Print media is emulated over CDP only: Chromium.
  itIn(['chromium'], 'prints every heading with its content and every list under its heading, panels open', async () => {
    const el = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00"`);
    // The browser lays out the print right after `beforeprint`: the answers are there synchronously.
    expect(shadow(el).querySelectorAll('.can-i li')).to.have.length(0);
    dispatchEvent(new Event('beforeprint'));
    expect(shadow(el).querySelectorAll('.can-i li').length).to.be.greaterThan(0);
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.can-i li')).to.have.length(0);
    // Printing, as the browser does it: `beforeprint`, then print media.
    dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      const root = shadow(el);
      const visible = (node: Element | null) => !!node && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
      const headings = [...root.querySelectorAll('h4, summary')].filter(visible);
      expect(headings.length).to.be.greaterThan(3);
      for (const heading of headings) {
        // The heading's content: what follows it in its section, or the rest of its panel.
        const content = heading.localName === 'summary' ? [...(heading.parentElement?.children ?? [])].filter((c) => c !== heading) : [heading.nextElementSibling];
        expect(content.some((node) => visible(node) && (node?.textContent ?? '').trim().length > 0), heading.textContent ?? '').to.be.true;
      }
      for (const list of [...root.querySelectorAll('ol, ul')].filter(visible)) {
        let before = list.previousElementSibling;
        while (before && !visible(before)) before = before.previousElementSibling;
        const titled = (before && /^(h4|summary|p)$/.test(before.localName)) || (list.parentElement?.localName === 'details' && visible(list.parentElement.querySelector('summary')));
        expect(titled, list.textContent?.slice(0, 40)).to.be.true;
      }
      // The "can I" answers print even though the panel is closed on screen.
      expect(visible(root.querySelector('[part="can-i"] li'))).to.be.true;
      expect(visible(root.querySelector('.reminders'))).to.be.false;
    } finally {
      await emulateMedia({ media: 'screen' });
      dispatchEvent(new Event('afterprint'));
    }
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
    expect(text(el)).to.contain('Treatment ended Sat, Mar 7, 6:00 PM.').and.contain('this assumes 6:00 PM, the end of usual clinic hours');
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
    const files = await calendarFiles(() => [...shadow(tl).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Add to my calendar'))?.click());
    expect(files).to.have.length(1);
    const calendar = new ICAL.Component(ICAL.parse(files[0] as string));
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
    await openCanI(el);
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

  describe('best results and the last session', () => {
    it('asks when nobody said, and meanwhile gives best results without a date', async () => {
      const el = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00"`);
      const fieldset = question(el) as HTMLFieldSetElement;
      expect(text(fieldset.querySelector('legend') as Element)).to.equal('Was this the last session of your course? Best results are counted from the last session.');
      expect([...fieldset.querySelectorAll('label')].map((l) => text(l))).to.deep.equal(['Yes, it was the last one', 'No, more sessions are planned', 'Not sure']);
      expect([...fieldset.querySelectorAll('input')].every((i) => !i.checked)).to.be.true;
      expect(best(el)).to.equal('Best results usually show 3–6 months after your last session.');
      expect(text(el)).not.to.contain('Best results usually show |');
      expect([...shadow(el).querySelectorAll('.what')].map((w) => w.textContent)).not.to.include('Best results usually show');
    });

    it('dates best results once the patient answers yes, keeps the answer as time passes, and tells the page', async () => {
      const el = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00"`);
      const ready = oneEvent(el, 'cit-timeline-ready') as Promise<CustomEvent<RecoveryTimeline>>;
      radio(el, 'yes').click();
      await el.updateComplete;
      expect(best(el)).to.equal('Best results usually show between Sun, Jun 7 and Mon, Sep 7.');
      expect(groups(el).Later).to.deep.equal([
        'First visible changes may show | Sat, Apr 4, 6:00 PM – Sat, Apr 18, 6:00 PM',
        'Best results usually show | Sun, Jun 7, 6:00 PM – Mon, Sep 7, 6:00 PM',
      ]);
      // After the last session there is no next session to wait for, ask about or be reminded of.
      expect(text(el)).not.to.contain('next session').and.not.to.contain('Next microneedling session');
      await openCanI(el);
      expect(text(el)).not.to.contain('next session');
      expect(shadow(el).querySelectorAll('.can-i li')).to.have.length(ACTIVITIES.length - 1);
      const { detail } = await ready;
      expect(detail.lastSession).to.equal(true);
      expect(detail.milestones.find((m) => m.id === 'best-results')).to.deep.include({ from: '2026-06-07T18:00', to: '2026-09-07T18:00' });
      el.now = '2026-03-12T09:00';
      el.locale = 'en-US';
      await el.updateComplete;
      expect(radio(el, 'yes').checked).to.be.true;
      expect(best(el)).to.contain('Jun 7');
      radio(el, 'no').click();
      await el.updateComplete;
      expect(best(el)).to.equal('Best results usually show 3–6 months after your last session.');
      expect(text(el)).to.contain('Window for your next session');
      radio(el, 'unsure').click();
      await el.updateComplete;
      expect(best(el)).to.equal('Best results usually show 3–6 months after your last session. Your clinic can tell you whether more sessions are planned.');
      // A different treatment time is a different session: the question is asked afresh.
      el.treatedAt = '2026-03-08T12:00';
      await el.updateComplete;
      expect([...(question(el) as Element).querySelectorAll('input')].some((i) => i.checked)).to.be.false;
    });

    it('is answered from the keyboard, with the answer announced in a status region', async () => {
      const el = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00"`);
      radio(el, 'yes').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(radio(el, 'yes').checked).to.be.true;
      expect(best(el)).to.contain('between Sun, Jun 7');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, 'no').checked).to.be.true;
      expect(best(el)).to.equal('Best results usually show 3–6 months after your last session.');
      expect(shadow(el).querySelector('.best [role="status"]')).to.exist;
    });

    it('takes the clinic’s word from last-session, and asks nothing then', async () => {
      const last = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00" last-session`);
      expect(question(last)).to.equal(null);
      expect(best(last)).to.equal('Best results usually show between Sun, Jun 7 and Mon, Sep 7.');
      expect(groups(last).Later).to.include('Best results usually show | Sun, Jun 7, 6:00 PM – Mon, Sep 7, 6:00 PM');
      expect(text(last)).not.to.contain('Window for your next session');
      const notLast = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00" last-session="false"`);
      expect(question(notLast)).to.equal(null);
      expect(best(notLast)).to.equal('Best results usually show 3–6 months after your last session.');
      expect(text(notLast)).to.contain('Window for your next session');
      const property = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00"`);
      property.lastSession = true;
      await property.updateComplete;
      expect(question(property)).to.equal(null);
      expect(best(property)).to.contain('Jun 7');
    });

    it('reports a last-session value it does not know, and asks the patient instead', async () => {
      const original = console.error;
      console.error = () => undefined;
      try {
        const el = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00" last-session="maybe"`);
        expect(text(shadow(el).querySelector('[part="error"]') as Element)).to.contain('last-session: “maybe” is not true or false');
        expect(question(el)).to.exist;
        expect(best(el)).to.equal('Best results usually show 3–6 months after your last session.');
      } finally {
        console.error = original;
      }
    });
  });

  describe('warning signs', () => {
    it('lists what to contact the clinic about and when to seek urgent care, with no phone, alone', async () => {
      const el = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00"`);
      const box = shadow(el).querySelector('[part="red-flags"]') as HTMLElement;
      expect(text(box.querySelector('h4') as Element)).to.equal('Warning signs');
      expect(text(box)).to.contain('Contact your clinic right away if you notice:').and.contain('Get urgent medical care right away');
      expect(redFlagLists(el)).to.deep.equal([
        ['swelling that is excessive or keeps growing', 'pain that gets worse', 'pus or other signs of infection', 'a rash, hives or another sign of an allergic reaction'],
        ['you cannot reach your clinic', 'you have trouble breathing', 'your lips, tongue or throat swell', 'you have a fever'],
      ]);
      expect(box.querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('names the clinic and links its phone, and still gives the urgent-care safety net', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<cit-clinic name="Lumen" phone="+1 555 013 4200"><cit-recovery-timeline treated-at=${TREATED} now="2026-03-10T09:00"></cit-recovery-timeline></cit-clinic>`,
      );
      const el = wrapper.querySelector('cit-recovery-timeline') as CitRecoveryTimeline;
      await el.updateComplete;
      const box = shadow(el).querySelector('[part="red-flags"]') as HTMLElement;
      expect(text(box)).to.contain('Contact Lumen right away if you notice:');
      expect((box.querySelector('a') as HTMLAnchorElement).href).to.equal('tel:+15550134200');
      expect(text(box.querySelector('a') as Element)).to.equal('Call +1 555 013 4200');
      expect(redFlagLists(el)[1]).to.deep.equal(['you cannot reach Lumen', 'you have trouble breathing', 'your lips, tongue or throat swell', 'you have a fever']);
      // Inside a clinic with a name but no phone: named, no link, the net unchanged.
      const noPhone = await fixture<HTMLElement>(html`<cit-clinic name="Lumen"><cit-recovery-timeline now="2026-03-10T09:00"></cit-recovery-timeline></cit-clinic>`);
      const form = noPhone.querySelector('cit-recovery-timeline') as CitRecoveryTimeline;
      await form.updateComplete;
      expect(shadow(form).querySelector('#treated-at')).to.exist; // shown with the form too
      expect(shadow(form).querySelector('[part="red-flags"] a')).to.equal(null);
      expect(redFlagLists(form)[1]?.[0]).to.equal('you cannot reach Lumen');
    });
  });

  describe('a treatment still ahead', () => {
    it('gives the preparation with its dated checklist, never a past-tense timeline', async () => {
      const el = await timeline(`treated-at="${TREATED}" now="2026-03-05T09:00"`);
      expect(text(el)).to.contain('Your treatment is planned for Sat, Mar 7, 6:00 PM. Once it has ended, your recovery shows here day by day.');
      expect(text(el)).not.to.contain('ended Sat').and.not.to.contain('Treatment ended');
      const prep = shadow(el).querySelector('.preparation') as HTMLElement;
      expect(text(prep.querySelector('h4') as Element)).to.equal('Before your appointment');
      expect(text(prep.querySelector('p') as Element)).to.equal('From Fri, Mar 6, 6:00 PM until your appointment:');
      expect([...prep.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
        'Stay out of direct sun.',
        'Skip alcohol.',
        'Skip caffeine.',
        'Pause retinoids, exfoliating products and anything else that irritates your skin.',
        'On the day, come with a clean face and no makeup.',
      ]);
      expect(shadow(el).querySelector('[part="timeline"]')).to.equal(null);
      expect(shadow(el).querySelector('[part="can-i"]')).to.equal(null);
      expect(shadow(el).querySelector('[part="red-flags"]')).to.exist;
      expect(text(el)).not.to.match(ISO_DATE);
      await expect(el).to.be.accessible();
      // Once the time has come, the recovery follows.
      el.now = TREATED;
      await el.updateComplete;
      expect(shadow(el).querySelector('.preparation')).to.equal(null);
      expect(text(el)).to.contain('Treatment ended Sat, Mar 7, 6:00 PM.');
    });

    it('starts the preparation the day before a day given without a time', async () => {
      const el = await timeline('treated-at="2026-03-07" now="2026-03-05T09:00"');
      expect(text(el)).to.contain('Your treatment is planned for Sat, Mar 7.');
      expect(text(shadow(el).querySelector('.preparation p') as Element)).to.equal('From Fri, Mar 6 until your appointment:');
    });

    it('reads a future time from a clinic’s link', async () => {
      const original = location.href;
      history.replaceState(null, '', `${location.pathname}?treated-at=2026-03-07T18:00`);
      try {
        const el = await timeline('from-url now="2026-03-01T09:00"');
        expect(text(el)).to.contain('Your treatment is planned for Sat, Mar 7, 6:00 PM.');
      } finally {
        history.replaceState(null, '', original);
      }
    });
  });

  it('follows a stricter clinic: a week out of the sun', async () => {
    const wrapper = await fixture<HTMLElement>(html`<cit-clinic>
      <script type="application/json">
        { "recovery": { "sunHours": 168 } }
      </script>
      <cit-recovery-timeline treated-at=${TREATED} now="2026-03-10T09:00"></cit-recovery-timeline>
    </cit-clinic>`);
    const el = wrapper.querySelector('cit-recovery-timeline') as CitRecoveryTimeline;
    await el.updateComplete;
    await openCanI(el);
    await waitUntil(() => text(el).includes('Mar 14, 6:00 PM (in'), 'the clinic’s protocol was not applied');
    const sun = shadow(el).querySelectorAll('.can-i li')[ACTIVITIES.indexOf('sun')] as HTMLElement;
    expect(text(sun)).to.equal('be in direct sun (then always with sunscreen) Not yet from Sat, Mar 14, 6:00 PM (in 4 days 9 hours)');
    expect(groups(el).Now).to.include('Avoid direct sun; after that, sunscreen every day | Sat, Mar 7, 6:00 PM – Sat, Mar 14, 6:00 PM');
    // The longest a clinic may ask (four times the default, 288 hours): still answered with a date.
    (wrapper.querySelector('script') as HTMLScriptElement).textContent = '{ "recovery": { "sunHours": 288 } }';
    await waitUntil(() => text(el).includes('Thu, Mar 19, 6:00 PM (in 9 days 9 hours)'), 'the longest wait was not shown');
  });

  describe('dates at the edge of the supported years', () => {
    it('shows a readable problem, not an error, when the recovery would leave them', async () => {
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (message: unknown) => errors.push(message);
      try {
        const late = await timeline('treated-at="2199-10-01T10:00" now="2199-10-02T09:00"');
        expect(text(shadow(late).querySelector('[part="error"]') as Element)).to.contain(
          'treated-at: “2199-10-01T10:00” leads to a date in 2200, outside the supported years 1900–2199',
        );
        expect(shadow(late).querySelector('#treated-at')).to.exist;
        await expect(late).to.be.accessible();
        const dateOnly = await timeline('treated-at="2199-12-31" now="2199-12-31T09:00"');
        expect(text(shadow(dateOnly).querySelector('[part="error"]') as Element)).to.contain('treated-at: “2199-12-31” leads to a date in 2200');
        // Still ahead, on the first day: its preparation would start in 1899.
        const early = await timeline('treated-at="1900-01-01T10:00" now="1900-01-01T00:00"');
        expect(text(shadow(early).querySelector('[part="error"]') as Element)).to.contain('treated-at: “1900-01-01T10:00” leads to a date in 1899');
        expect(errors).to.have.length(3);
      } finally {
        console.error = original;
      }
    });

    it('says so in the patient’s language next to a typed time that would leave them', async () => {
      const el = await timeline('now="2199-12-31T09:00" locale="es"');
      const input = shadow(el).querySelector('#treated-at') as HTMLInputElement;
      expect(input.min).to.equal('1900-01-01T00:00');
      input.value = '2199-12-30T10:00';
      (shadow(el).querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const error = shadow(el).querySelector('#treated-at-error') as HTMLElement;
      expect(text(error)).to.equal('Revisa la fecha: esta recuperación pasaría de los años que esta página puede mostrar (1900–2199).');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('treated-at-error');
      await expect(el).to.be.accessible();
    });
  });

  it('speaks Spanish in every new part: no English, no ISO dates', async () => {
    const english = Object.values(timelineEn)
      .flatMap((value) => (typeof value === 'string' ? value.split(/\{\w+\}/) : []))
      .map((part) => part.trim())
      .filter((part) => part.length > 3);
    expect(english.length, 'English phrases to look for').to.be.greaterThan(70);
    const expectSpanish = (el: CitRecoveryTimeline) => {
      const shown = text(el);
      expect(shown).not.to.match(ISO_DATE);
      expect(shown).not.to.match(/\b(AM|PM|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mar|Jun|Sep)\b/);
      for (const part of english) expect(shown, part).not.to.contain(part);
    };
    const wrapper = await fixture<HTMLElement>(html`<cit-clinic locale="es" name="Lumen" phone="+34 910 000 000">
      <cit-recovery-timeline treated-at=${TREATED} now="2026-03-10T09:00"></cit-recovery-timeline>
    </cit-clinic>`);
    const el = wrapper.querySelector('cit-recovery-timeline') as CitRecoveryTimeline;
    await waitUntil(() => shadow(el).querySelector('h3')?.textContent === 'Tu recuperación');
    await openCanI(el);
    expectSpanish(el);
    expect(text(question(el) as Element)).to.contain('¿Fue la última sesión de tu tratamiento?');
    expect(best(el)).to.equal('Los mejores resultados suelen verse entre 3 y 6 meses después de tu última sesión.');
    expect(text(shadow(el).querySelector('[part="red-flags"]') as Element))
      .to.contain('Ponte en contacto con Lumen enseguida si notas:')
      .and.contain('Busca atención médica urgente de inmediato')
      .and.contain('no logras comunicarte con Lumen');
    expect(text(el)).to.contain('estar al sol directo (después, siempre con protector solar)').and.contain('los productos que te dio tu clínica');
    radio(el, 'yes').click();
    await el.updateComplete;
    expect(best(el)).to.equal('Los mejores resultados suelen verse entre el dom, 7 jun y el lun, 7 sept.');
    expectSpanish(el);
    await expect(el).to.be.accessible();
    const upcoming = await timeline(`treated-at="${TREATED}" now="2026-03-05T09:00" locale="es"`);
    expect(text(upcoming)).to.contain('Tu tratamiento está previsto para el sáb, 7 mar, 18:00.').and.contain('Desde el vie, 6 mar, 18:00 hasta tu cita:');
    expectSpanish(upcoming);
    const alone = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00" locale="es" last-session`);
    expect(redFlagLists(alone)[1]?.[0]).to.equal('no logras comunicarte con tu clínica');
    expectSpanish(alone);
  });

  it('passes axe, fits 320 px, and has every message in Spanish', async () => {
    expect(Object.keys(timelineEs).sort()).to.deep.equal(Object.keys(timelineEn).sort());
    const page = await framePage(
      `<cit-recovery-timeline treated-at="${TREATED}" now="2026-03-10T09:00"></cit-recovery-timeline>` +
        `<cit-recovery-timeline now="2026-03-10T09:00"></cit-recovery-timeline>` +
        `<cit-recovery-timeline treated-at="${TREATED}" now="2026-03-10T09:00"></cit-recovery-timeline>` +
        `<cit-recovery-timeline treated-at="${TREATED}" now="2026-03-05T09:00"></cit-recovery-timeline>`,
      320,
      640,
    );
    const [el, form, answered, upcoming] = page.doc.querySelectorAll<CitRecoveryTimeline>('cit-recovery-timeline');
    (shadow(el as CitRecoveryTimeline).querySelector('[part="can-i"]') as HTMLDetailsElement).open = true;
    await page.expectAccessible(el as CitRecoveryTimeline);
    expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    await page.expectAccessible(form as CitRecoveryTimeline);
    radio(answered as CitRecoveryTimeline, 'unsure').click();
    await (answered as CitRecoveryTimeline).updateComplete;
    await page.expectAccessible(answered as CitRecoveryTimeline);
    await page.expectAccessible(upcoming as CitRecoveryTimeline);
    expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    page.frame.remove();
    const spanish = await timeline(`treated-at="${TREATED}" now="2026-03-10T09:00" locale="es"`);
    await waitUntil(() => shadow(spanish).querySelector('h3')?.textContent === 'Tu recuperación');
    expect(shadow(spanish).textContent).to.contain('mar, 10 mar');
  });
});
