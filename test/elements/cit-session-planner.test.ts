import { calendarFiles, fill } from '../browser.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { CONCERN_OUTCOME, CONCERNS, CONDITION_TABLE, CONDITIONS } from '../../src/core/domain.js';
import type { SessionPlan } from '../../src/core/plan.js';
import type { SharedCandidacy } from '../../src/context.js';
import { define } from '../../src/define.js';
import { CitCandidacyCheck } from '../../src/elements/cit-candidacy-check/cit-candidacy-check.js';
import type { CitClinic } from '../../src/elements/cit-clinic/cit-clinic.js';
import { CitSessionPlanner } from '../../src/elements/cit-session-planner/cit-session-planner.js';
import { plannerEn } from '../../src/elements/cit-session-planner/messages/en.js';
import plannerEs from '../../src/elements/cit-session-planner/messages/es.js';
import { en as sharedEn } from '../../src/i18n/messages/en.js';
import '../../src/index.js';
import { framePage } from '../frame.js';

define('cit-session-planner', CitSessionPlanner);
define('cit-candidacy-check', CitCandidacyCheck);

const TODAY = '2026-01-10';

async function planner(attributes: string, clinic = ''): Promise<CitSessionPlanner> {
  const root = await fixture<HTMLElement>(`<cit-clinic ${clinic}><cit-session-planner today="${TODAY}" ${attributes}></cit-session-planner></cit-clinic>`);
  const el = root.querySelector('cit-session-planner') as CitSessionPlanner;
  await el.updateComplete;
  return el;
}
const $ = (el: CitSessionPlanner, selector: string) => (el.shadowRoot as ShadowRoot).querySelector<HTMLElement>(selector);
/** Session dates as shown: session 1's text, then each movable session's date field. */
const dates = (el: CitSessionPlanner) => el.plan?.sessions.map((s) => (s.n === 1 ? s.date : ($(el, `#move-${s.n}`) as HTMLInputElement).value));
const resultText = (el: CitSessionPlanner) => $(el, '[part="result"]')?.textContent?.replace(/\s+/g, ' ').trim();
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const links = (el: CitSessionPlanner) => [...(el.shadowRoot as ShadowRoot).querySelectorAll<HTMLAnchorElement>('a')];
const startField = (el: CitSessionPlanner) => $(el, '#start') as HTMLInputElement;

const CLINIC = 'booking-url="https://clinic.example/book?d={date}" phone="+1 555 0100"';

/**
 * A planner in a clinic whose suitability check has just completed: the check hands its result to
 * the clinic through `shareCandidacy`, as `<cit-candidacy-check>` does, and the planner hears it.
 */
async function afterCheck(candidacy: SharedCandidacy, attributes = '', clinic = CLINIC): Promise<CitSessionPlanner> {
  const el = await planner(attributes, clinic);
  const root = el.closest('cit-clinic') as CitClinic;
  root.settings.shareCandidacy?.(candidacy);
  await waitUntil(() => (el as unknown as { clinic?: { candidacy?: unknown } }).clinic?.candidacy, 'the planner did not receive the candidacy');
  await el.updateComplete;
  return el;
}

const CONSULT: SharedCandidacy = { concerns: ['acne-scars'], plan: 'scars', outcome: 'consult', reasons: [{ id: 'keloid', outcome: 'consult' }] };
const PREGNANT: SharedCandidacy = {
  concerns: ['acne-scars'],
  plan: 'scars',
  outcome: 'wait',
  reasons: [
    { id: 'isotretinoin', outcome: 'wait', until: '2026-06-01' },
    { id: 'pregnant', outcome: 'wait' },
  ],
};
const DATED: SharedCandidacy = { concerns: ['texture'], plan: 'refresh', outcome: 'wait', waitUntil: '2026-02-07', reasons: [{ id: 'recent-treatment', outcome: 'wait', until: '2026-02-07' }] };

/** Words a Spanish widget must never show: English, or a date as the engine writes it. */
const ENGLISH = /\b(the|and|your|session|sessions|choose|from|wait|until|weeks?|months?|book|request)\b/i;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

/** Types a date into a native date field (en-US order: month, day, year), with the separators WebKit needs to move on. */
async function typeDate(input: HTMLInputElement, date: string): Promise<void> {
  input.focus();
  const [y, m, d] = date.split('-');
  await sendKeys({ type: `${m}/${d}/${y}` });
  input.blur();
}

describe('<cit-session-planner>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('plans the refresh course from a month end, with windows, results and maintenance', async () => {
    const el = await planner('concerns="fine-lines pores" start="2026-01-31"');
    expect(dates(el)).to.deep.equal(['2026-01-31', '2026-02-28', '2026-03-28', '2026-04-25']);
    expect($(el, '#window-2')?.textContent?.trim()).to.equal('Sat, Feb 28, 2026 – Sat, Mar 14, 2026');
    expect(($(el, '#move-3') as HTMLInputElement).min).to.equal('2026-03-28');
    expect(($(el, '#move-3') as HTMLInputElement).max).to.equal('2026-04-11');
    expect(resultText(el)).to.equal(
      'First results Sat, Feb 28, 2026 – Sat, Mar 14, 2026 Best results Sat, Jul 25, 2026 – Sun, Oct 25, 2026 ' +
        'Maintenance Every 6–12 months, as your clinic advises; for example Sun, Apr 25, 2027 and Tue, Apr 25, 2028.',
    );
    expect(($(el, '#sessions') as HTMLSelectElement).selectedOptions[0]?.textContent?.trim()).to.equal('4 (recommended)');
    expect([...($(el, '#sessions') as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(['3', '4']);
  });

  it('plans each course: deep acne scars to best results clamped from Aug 31, significant onto a leap day, scars 3–6', async () => {
    const deep = await planner('concerns="acne-scars-deep" start="2026-04-13"');
    expect(dates(deep)).to.deep.equal(['2026-04-13', '2026-05-11', '2026-06-08', '2026-07-06', '2026-08-03', '2026-08-31']);
    expect(resultText(deep)).to.contain('Best results Mon, Nov 30, 2026 – Sun, Feb 28, 2027');
    expect(resultText(deep)).to.contain('for example Tue, Aug 31, 2027 and Thu, Aug 31, 2028.');
    expect([...($(deep, '#sessions') as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(['6', '7', '8']);
    const leap = await planner('concerns="stretch-marks" start="2027-11-09"');
    expect(dates(leap)?.at(-1)).to.equal('2028-02-29');
    const acne = await planner('concerns="acne-scars" start="2027-12-20" interval="6" sessions="3"');
    expect(dates(acne)).to.deep.equal(['2027-12-20', '2028-01-31', '2028-03-13']);
    expect([...($(acne, '#sessions') as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(['3', '4', '5', '6']);
    const significant = await planner('concerns="loose-skin" start="2026-01-31"');
    expect([...($(significant, '#sessions') as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(['5', '6', '7', '8']);
  });

  it('moves later sessions with a moved one, and fires cit-plan-change', async () => {
    const el = await planner('concerns="texture" start="2026-01-31"');
    const changed = oneEvent(el, 'cit-plan-change') as Promise<CustomEvent<SessionPlan>>;
    await typeDate($(el, '#move-2') as HTMLInputElement, '2026-03-10');
    const { detail } = await changed;
    expect(detail.sessions.map((s) => s.date)).to.deep.equal(['2026-01-31', '2026-03-10', '2026-04-07', '2026-05-05']);
    await el.updateComplete;
    expect(dates(el)).to.deep.equal(['2026-01-31', '2026-03-10', '2026-04-07', '2026-05-05']);
  });

  it('refuses a date too soon after the previous session, and says why', async () => {
    const el = await planner('concerns="texture" start="2026-01-31"');
    let changes = 0;
    el.addEventListener('cit-plan-change', () => changes++);
    await typeDate($(el, '#move-2') as HTMLInputElement, '2026-02-20');
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.equal(fill(plannerEn['pl.issue.too-soon'], { date: 'February 28, 2026', weeks: '4 weeks' }));
    expect($(el, '#move-2')?.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#move-2')?.getAttribute('aria-describedby')).to.equal('window-2 move-error-2');
    expect(el.plan?.sessions[1]?.date).to.equal('2026-02-28');
    await typeDate($(el, '#move-3') as HTMLInputElement, '2026-04-20');
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.equal(fill(plannerEn['pl.issue.too-late'], { date: 'April 11, 2026', weeks: '6 weeks' }));
    expect(el.plan?.sessions[2]?.date).to.equal('2026-03-28');
    expect(changes).to.equal(0);
  });

  it('does not judge the same refused entry twice: leaving the field after Enter changes nothing', async () => {
    const el = await planner('concerns="texture" start="2026-01-31"');
    const move = $(el, '#move-2') as HTMLInputElement;
    move.value = '2026-02-20';
    move.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    const alert = text($(el, '[role="alert"]'));
    expect(alert).to.equal(fill(plannerEn['pl.issue.too-soon'], { date: 'February 28, 2026', weeks: '4 weeks' }));
    move.dispatchEvent(new FocusEvent('blur'));
    expect(el.isUpdatePending, 'no update for the same refused entry').to.be.false;
    expect(text($(el, '[role="alert"]'))).to.equal(alert);
    // Another entry is judged again: a valid one moves the session.
    move.value = '2026-03-03';
    move.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(el.plan?.sessions[1]?.date).to.equal('2026-03-03');
  });

  it('says why a move is refused in the patient’s language, with no English and no ISO date', async () => {
    const el = await planner('concerns="texture" start="2026-01-31" locale="es"');
    await typeDate($(el, '#move-2') as HTMLInputElement, '2026-02-20');
    await el.updateComplete;
    const alert = text($(el, '[role="alert"]'));
    expect(alert).to.equal('Demasiado pronto después de la sesión anterior: deja al menos 4 semanas. Elige el 28 de febrero de 2026 o una fecha posterior.');
    await typeDate($(el, '#move-2') as HTMLInputElement, '2026-03-20');
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.equal(
      'Demasiado tiempo después de la sesión anterior: este plan deja como mucho 6 semanas entre sesiones. Elige el 14 de marzo de 2026 o una fecha anterior.',
    );
    const shown = text(el.shadowRoot?.querySelector('section')) ?? '';
    expect(shown).not.to.match(ISO_DATE);
    expect(shown).not.to.match(ENGLISH);
  });

  it('refuses a first session in the past with the reason, and keeps the plan', async () => {
    const el = await planner('concerns="texture" start="2026-01-31"');
    let changes = 0;
    el.addEventListener('cit-plan-change', () => changes++);
    expect(startField(el).min).to.equal(TODAY);
    await typeDate(startField(el), '2026-01-05');
    await el.updateComplete;
    expect(text($(el, '#start-error'))).to.equal('That day has passed. Choose January 10, 2026 or later.');
    expect(startField(el).getAttribute('aria-invalid')).to.equal('true');
    expect(startField(el).getAttribute('aria-describedby')).to.equal('start-error');
    expect(el.plan?.sessions[0]?.date).to.equal('2026-01-31');
    expect(changes).to.equal(0);
    // A date from today on is taken, and the refusal goes.
    await typeDate(startField(el), '2026-01-10');
    await el.updateComplete;
    expect(el.plan?.sessions[0]?.date).to.equal(TODAY);
    expect($(el, '#start-error')).to.equal(null);
    expect(changes).to.equal(1);
    // The same in Spanish.
    const es = await planner('concerns="texture" start="2026-01-31" locale="es"');
    await typeDate(startField(es), '2025-12-24');
    await es.updateComplete;
    expect(text($(es, '#start-error'))).to.equal('Ese día ya ha pasado. Elige el 10 de enero de 2026 o una fecha posterior.');
  });

  it('refuses a date that matters in the past, typed or as an attribute, and keeps the plan', async () => {
    const el = await planner('concerns="texture" start="2026-01-31"');
    const eventField = $(el, '#event') as HTMLInputElement;
    expect(eventField.min).to.equal(TODAY);
    await typeDate(eventField, '2026-01-09');
    await el.updateComplete;
    expect(text(el.shadowRoot?.querySelector('[role="alert"]'))).to.equal('That day has passed. Choose January 10, 2026 or later.');
    expect(el.plan).not.to.have.property('event');
    const original = console.error;
    console.error = () => {};
    try {
      const attribute = await planner('concerns="texture" start="2026-01-31" event-date="2025-06-01"');
      expect(text($(attribute, '[part="error"]'))).to.contain('event-date: “2025-06-01” is in the past');
      expect(attribute.plan).not.to.have.property('event');
    } finally {
      console.error = original;
    }
  });

  it('names a start attribute in the past as a setup problem, and starts today', async () => {
    const original = console.error;
    const errors: unknown[] = [];
    console.error = (message: unknown) => errors.push(message);
    try {
      const el = await planner('concerns="texture" start="2025-12-01"');
      expect(text($(el, '[part="error"]'))).to.contain('start: “2025-12-01” is in the past (today is 2026-01-10)');
      expect(el.plan?.sessions[0]?.date).to.equal(TODAY);
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('never throws for a course that would leave the supported years: it names the attribute, or tells the patient', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = await planner('concerns="acne-scars-deep" start="2199-11-01"');
      expect(text($(el, '[part="error"]'))).to.contain('start:').and.contain('2199');
      expect(el.plan?.sessions[0]?.date).to.equal(TODAY);
      // Typed by a patient: their message, not the engine's.
      const typed = await planner('concerns="acne-scars-deep" start="2026-01-31"');
      await typeDate(startField(typed), '2199-11-01');
      await typed.updateComplete;
      expect(text($(typed, '#start-error'))).to.equal(plannerEn['pl.issue.other']);
      expect(typed.plan?.sessions[0]?.date).to.equal('2026-01-31');
    } finally {
      console.error = original;
    }
  });

  it('says which level of the event rule the course meets, in those words, and never "ready"', async () => {
    // Last session Apr 25, 2026 each time (texture, 4 sessions from Jan 31).
    const best = await planner('concerns="texture" start="2026-01-31" event-date="2026-08-01"');
    expect(text($(best, '.event.best-results'))).to.equal('Your last session is at least 3 months before Sat, Aug 1, 2026, so your best results may be showing by then.');
    const first = await planner('concerns="texture" start="2026-01-31" event-date="2026-07-20"');
    expect(text($(first, '.event.first-changes'))).to.equal(
      'Your last session is at least 6 weeks before Mon, Jul 20, 2026: recovery is usually long over by then, and first changes may show. ' +
        'Best results usually need the last session at least 3 months before; for that, start by Mon, Jan 26, 2026.',
    );
    // Exactly 6 weeks, and the start that best results would need already past: no advice to start earlier.
    const justFirst = await planner('concerns="texture" start="2026-01-31" event-date="2026-06-06"');
    expect(text($(justFirst, '.event.first-changes'))).to.equal(
      'Your last session is at least 6 weeks before Sat, Jun 6, 2026: recovery is usually long over by then, and first changes may show.',
    );
    const neither = await planner('concerns="texture" start="2026-02-01" event-date="2026-06-06" sessions="4"');
    expect(text($(neither, '.event.neither'))).to.equal(
      'Your last session is less than 6 weeks before Sat, Jun 6, 2026, so your skin may still be recovering. To leave 6 weeks, start by Sat, Jan 31, 2026. ' +
        'A shorter course of 3 sessions from this start would leave 6 weeks: ask the clinic whether it suits you.',
    );
    const tooLate = await planner('concerns="acne-scars-deep" start="2026-02-01" event-date="2026-04-20"');
    expect(text($(tooLate, '.event.neither'))).to.equal(
      'This course can’t leave 6 weeks between your last session and Mon, Apr 20, 2026. ' +
        'From this start, only 2 sessions would leave 6 weeks: fewer than this course usually needs, so ask the clinic.',
    );
    const tooClose = await planner('concerns="texture" start="2026-02-01" event-date="2026-03-01"');
    expect(text($(tooClose, '.event.neither'))).to.equal(
      'This course can’t leave 6 weeks between your last session and Sun, Mar 1, 2026. Even a single session from this start would leave less than 6 weeks.',
    );
    for (const el of [best, first, justFirst, neither, tooLate, tooClose]) expect(text(el.shadowRoot?.querySelector('section'))).not.to.match(/\bready\b/i);
    expect(text($(best, '#event-hint'))).to.equal(plannerEn['pl.eventHint']);
  });

  it('prices the course from a single price or a range, and shows nothing without one', async () => {
    const single = await planner('concerns="texture" start="2026-01-31"', 'price="350" currency="EUR" locale="en-US"');
    expect(resultText(single)).to.contain('Estimated cost €1,400');
    const ranged = await planner('concerns="acne-scars-deep" start="2026-01-31"', 'price="150-600" currency="USD"');
    expect(resultText(ranged)).to.contain('Estimated cost $900 – $3,600');
    const none = await planner('concerns="texture" start="2026-01-31"');
    expect(resultText(none)).not.to.contain('cost');
  });

  it('without a check, offers each session through the clinic’s link, with its date in place of {date}', async () => {
    const el = await planner('concerns="texture" start="2026-01-31"', 'booking-url="https://lumen.example/book?when={date}&src=kit"');
    expect($(el, '[part="notice"]')).to.equal(null);
    expect([...(el.shadowRoot as ShadowRoot).querySelectorAll('.schedule a')].map((a) => text(a))).to.deep.equal([1, 2, 3, 4].map((n) => fill(plannerEn['pl.bookSession'], { n: n })));
    const hrefs = [...(el.shadowRoot as ShadowRoot).querySelectorAll<HTMLAnchorElement>('.schedule a')].map((a) => a.href);
    expect(hrefs).to.deep.equal([
      'https://lumen.example/book?when=2026-01-31&src=kit',
      'https://lumen.example/book?when=2026-02-28&src=kit',
      'https://lumen.example/book?when=2026-03-28&src=kit',
      'https://lumen.example/book?when=2026-04-25&src=kit',
    ]);
  });

  it('puts the course, and on request its maintenance, in one .ics file with a reminder the day before', async () => {
    const el = await planner('concerns="texture" start="2026-01-31"', 'name="Lumen"');
    const files = await calendarFiles(async () => {
      ($(el, '.calendar button') as HTMLButtonElement).click();
      ($(el, '.calendar input') as HTMLInputElement).click();
      await el.updateComplete;
      ($(el, '.calendar button') as HTMLButtonElement).click();
    }, 2);
    expect(files).to.have.length(2);
    const [course, withMaintenance] = files.map((text) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent'));
    expect(course?.map((v) => new ICAL.Event(v).startDate.toString())).to.deep.equal(['2026-01-31', '2026-02-28', '2026-03-28', '2026-04-25']);
    expect(course?.every((v) => (v.getFirstPropertyValue('dtstart') as ICAL.Time).isDate)).to.be.true;
    const trigger = course?.[0]?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).to.equal(-15 * 3600); // 09:00 the day before
    expect(withMaintenance?.map((v) => new ICAL.Event(v).startDate.toString()).slice(4)).to.deep.equal(['2027-04-25', '2028-04-25']);
    // Each reminder carries the preparation advice for the 24 hours before (domain.md "Before the appointment").
    for (const vevent of withMaintenance ?? []) {
      expect(new ICAL.Event(vevent).description).to.equal(
        [
          'Lumen',
          '',
          'In the 24 hours before your session:',
          '- Stay out of direct sun.',
          '- Skip alcohol.',
          '- Skip caffeine.',
          '- Pause retinoids, exfoliating products and anything else that irritates your skin.',
          '- On the day, come with a clean face and no makeup.',
        ].join('\n'),
      );
    }
  });

  it('starts from a completed candidacy check in the same clinic', async () => {
    sessionStorage.clear();
    const clinic = await fixture<HTMLElement>(html`<cit-clinic>
      <cit-candidacy-check today=${TODAY}></cit-candidacy-check>
      <cit-session-planner today=${TODAY}></cit-session-planner>
    </cit-clinic>`);
    const check = clinic.querySelector('cit-candidacy-check') as CitCandidacyCheck;
    const el = clinic.querySelector('cit-session-planner') as CitSessionPlanner;
    await check.updateComplete;
    expect(el.plan).to.equal(undefined);
    const shadow = check.shadowRoot as ShadowRoot;
    const press = async (selector: string) => {
      (shadow.querySelector(selector) as HTMLElement).click();
      await check.updateComplete;
    };
    await press('#concern-acne-scars');
    await press('button[type="submit"]');
    await press('#condition-recent-treatment');
    const date = shadow.querySelector('#date-recent-treatment') as HTMLInputElement;
    date.focus();
    await sendKeys({ type: '01/01/2026' });
    date.blur();
    await check.updateComplete;
    await press('button[type="submit"]');
    await press('button[type="submit"]');
    await waitUntil(() => el.plan, 'the planner did not receive the candidacy');
    await el.updateComplete;
    expect(el.plan?.plan).to.equal('scars');
    expect(el.plan?.sessions[0]?.date).to.equal('2026-01-29'); // the end of the wait, not today
    expect(startField(el).min).to.equal('2026-01-29');
    expect($(el, '.controls .hint')?.textContent).to.equal(plannerEn['pl.fromCheck']);
    expect(text($(el, '[part="notice"] p'))).to.equal(fill(plannerEn['pl.waitDatedLead'], { date: 'January 29, 2026' }));
  });

  it('after a check that advised a consultation, says so first and offers a consultation, never a session booking', async () => {
    const el = await afterCheck(CONSULT);
    const notice = $(el, '[part="notice"]') as HTMLElement;
    // First: before the controls and any plan.
    expect(notice.compareDocumentPosition($(el, '[part="controls"]') as HTMLElement) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    expect(text(notice.querySelector('h4'))).to.equal(plannerEn['pl.consultTitle']);
    expect(text(notice.querySelector('.reasons'))).to.equal(plannerEn['pl.reason.keloid']);
    // The consultation: the clinic's link (with today, the day the patient asks, not a session date) and its phone.
    expect(links(el).map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
      [sharedEn['clinic.consultGeneric'], 'https://clinic.example/book?d=2026-01-10'],
      ['Call +1 555 0100', 'tel:+15550100'],
    ]);
    // The start is left open: no plan until the patient picks one, and no session booking even then.
    expect(startField(el).value).to.equal('');
    expect(el.plan).to.equal(undefined);
    expect(text($(el, '.no-plan'))).to.equal(plannerEn['pl.noStart']);
    await expect(el).to.be.accessible();
    let changes = 0;
    el.addEventListener('cit-plan-change', () => changes++);
    await typeDate(startField(el), '2026-03-02');
    await el.updateComplete;
    expect(el.plan?.next).to.equal('talk-to-clinic');
    expect(el.plan?.sessions.map((s) => s.date)).to.deep.equal(['2026-03-02', '2026-03-30', '2026-04-27', '2026-05-25']);
    expect(changes).to.equal(1);
    expect(text($(el, '.example'))).to.equal(plannerEn['pl.exampleOnly']);
    expect((el.shadowRoot as ShadowRoot).querySelectorAll('.schedule a')).to.have.length(0);
    expect(links(el).filter((a) => a.href.startsWith('https://clinic.example/'))).to.have.length(1);
    expect(text(el.shadowRoot?.querySelector('section'))).not.to.match(/(Request|Book) session/);
    expect($(el, '.calendar')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('after a consultation advice with neither a booking link nor a phone, says to ask the clinic', async () => {
    const el = await afterCheck(CONSULT, '', 'name="Lumen"');
    expect(links(el)).to.have.length(0);
    expect(text($(el, '[part="notice"]'))).to.contain(sharedEn['clinic.consultNoContact']);
    const named = await afterCheck(CONSULT, '', 'name="Lumen" booking-url="https://clinic.example/book"');
    expect(links(named).map((a) => text(a))).to.deep.equal(['Ask Lumen for a consultation']);
  });

  it('after a wait with no date, names what must settle, leaves the start open and offers a talk, not bookings', async () => {
    const el = await afterCheck(PREGNANT, 'start="2026-01-31"');
    const notice = $(el, '[part="notice"]') as HTMLElement;
    expect(text(notice.querySelector('h4'))).to.equal(plannerEn['pl.waitTitle']);
    expect([...notice.querySelectorAll('.reasons li')].map((li) => text(li))).to.deep.equal([
      'Isotretinoin (Accutane, Roaccutane): from June 1, 2026',
      'Pregnancy',
    ]);
    expect(links(el).map((a) => text(a))).to.deep.equal([sharedEn['clinic.consultGeneric'], 'Call +1 555 0100']);
    // Not even the page's start attribute pre-fills it: the patient picks.
    expect(startField(el).value).to.equal('');
    expect(startField(el).min).to.equal(TODAY);
    expect(el.plan).to.equal(undefined);
    await expect(el).to.be.accessible();
    await typeDate(startField(el), '2026-11-02');
    await el.updateComplete;
    expect(el.plan?.sessions[0]?.date).to.equal('2026-11-02');
    expect((el.shadowRoot as ShadowRoot).querySelectorAll('.schedule a')).to.have.length(0);
    expect($(el, '.calendar')).to.equal(null);
    // In Spanish: the reasons and the dates in the patient's language.
    const es = await afterCheck(PREGNANT, 'locale="es"');
    expect([...(es.shadowRoot as ShadowRoot).querySelectorAll('.reasons li')].map((li) => text(li))).to.deep.equal(['Isotretinoína: a partir del 1 de junio de 2026', 'Embarazo']);
    const shown = text(es.shadowRoot?.querySelector('section')) ?? '';
    expect(shown).not.to.match(ISO_DATE);
    expect(shown).not.to.match(ENGLISH);
  });

  it('after a dated wait, starts at its end, allows nothing earlier, and offers bookings from then', async () => {
    const el = await afterCheck(DATED, 'start="2026-01-31"');
    expect(text($(el, '[part="notice"] h4'))).to.equal(plannerEn['pl.waitDatedTitle']);
    expect(text($(el, '[part="notice"] .reasons'))).to.equal('A recent skin treatment (injectables, a peel, laser or a facial): from February 7, 2026');
    expect(startField(el).value).to.equal('2026-02-07');
    expect(startField(el).min).to.equal('2026-02-07');
    expect(el.plan?.sessions[0]?.date).to.equal('2026-02-07');
    expect(el.plan?.next).to.equal('book-after-wait');
    expect([...(el.shadowRoot as ShadowRoot).querySelectorAll<HTMLAnchorElement>('.schedule a')].map((a) => a.href)).to.deep.equal(
      ['2026-02-07', '2026-03-07', '2026-04-04', '2026-05-02'].map((d) => `https://clinic.example/book?d=${d}`),
    );
    let changes = 0;
    el.addEventListener('cit-plan-change', () => changes++);
    await typeDate(startField(el), '2026-02-01');
    await el.updateComplete;
    expect(text($(el, '#start-error'))).to.equal('Your suitability check suggests waiting until February 7, 2026. Choose that day or later.');
    expect(el.plan?.sessions[0]?.date).to.equal('2026-02-07');
    expect(changes).to.equal(0);
    await expect(el).to.be.accessible();
    // Later is fine.
    await typeDate(startField(el), '2026-02-16');
    await el.updateComplete;
    expect($(el, '#start-error')).to.equal(null);
    expect(el.plan?.sessions[0]?.date).to.equal('2026-02-16');
    // In Spanish, with no English and no ISO date.
    const es = await afterCheck(DATED, 'locale="es"');
    await typeDate(startField(es), '2026-02-01');
    await es.updateComplete;
    expect(text($(es, '#start-error'))).to.equal('Tu test de idoneidad aconseja esperar hasta el 7 de febrero de 2026. Elige ese día o uno posterior.');
    expect(text($(es, '[part="notice"] p'))).to.equal('Tu test de idoneidad aconseja esperar hasta el 7 de febrero de 2026:');
    const shown = text(es.shadowRoot?.querySelector('section')) ?? '';
    expect(shown).not.to.match(ISO_DATE);
    expect(shown).not.to.match(ENGLISH);
  });

  it('after a good-fit check, plans and books as without one', async () => {
    const el = await afterCheck({ concerns: ['pores'], plan: 'refresh', outcome: 'good-fit', reasons: [] }, 'start="2026-01-31"');
    expect($(el, '[part="notice"]')).to.equal(null);
    expect(el.plan?.next).to.equal('book-treatment');
    expect((el.shadowRoot as ShadowRoot).querySelectorAll('.schedule a')).to.have.length(4);
  });

  it('has a reason in every language for every answer a check can give', () => {
    const reasons = [...CONDITIONS, ...CONCERNS.filter((c) => CONCERN_OUTCOME[c])];
    // Above all each wait with no date: the planner names what must settle first.
    expect(CONDITIONS.filter((c) => CONDITION_TABLE[c].wait === 'undated')).to.include.members(['pregnant', 'nursing', 'sunburn', 'active-acne', 'active-infection']);
    for (const id of reasons) {
      const key = `pl.reason.${id}` as keyof typeof plannerEn;
      expect(plannerEn[key], `English ${key}`).to.be.a('string').and.not.empty;
      expect(plannerEs[key], `Spanish ${key}`).to.be.a('string').and.not.empty;
    }
  });

  it('names a refused attribute and its problem, and carries on with the default', async () => {
    const original = console.error;
    const errors: unknown[] = [];
    console.error = (message: unknown) => errors.push(message);
    try {
      const el = await planner('concerns="fine-lines raised-scars" sessions="9"');
      expect($(el, '[part="error"]')?.textContent).to.contain('concerns: “fine-lines raised-scars” is not a list of concerns');
      const second = await planner('concerns="fine-lines" sessions="9" start="2026-01-31"');
      expect($(second, '[part="error"]')?.textContent).to.contain('sessions: must be between 3 and 4 sessions for the refresh plan, not “9”');
      expect(second.plan?.sessions).to.have.length(4);
      expect(errors).to.have.length(2);
    } finally {
      console.error = original;
    }
  });

  it('applies a session count from its attribute only to the plan it was checked against', async () => {
    /** Ticks a concern chip, as a patient's tap does. */
    const tick = async (el: CitSessionPlanner, label: string) => {
      const chip = [...(el.shadowRoot as ShadowRoot).querySelectorAll('.chip')].find((c) => c.textContent?.includes(label));
      (chip?.querySelector('input') as HTMLInputElement).click();
      await el.updateComplete;
    };
    const original = console.error;
    console.error = () => {};
    try {
      // Valid for the refresh plan (3–4); the patient then adds stretch marks: a 5–6 session plan.
      const el = await planner('concerns="fine-lines" sessions="3" start="2026-01-31"');
      expect(el.plan?.sessions).to.have.length(3);
      await tick(el, 'Stretch marks');
      expect(el.plan?.plan).to.equal('significant');
      expect(el.plan?.sessions).to.have.length(5);
      // No concerns yet, so no plan: the count must still suit some plan, and is named if not.
      const none = await planner('sessions="99" start="2026-01-31"');
      expect($(none, '[part="error"]')?.textContent).to.contain('sessions: must be between 3 and 8 sessions, not “99”');
      await tick(none, 'Stretch marks');
      expect(none.plan?.sessions).to.have.length(5);
    } finally {
      console.error = original;
    }
  });

  it('paints a tapped concern before it draws the plan, and has the plan once updateComplete resolves', async () => {
    const el = await planner('start="2026-01-31"');
    expect($(el, '.schedule')).to.equal(null);
    const box = $(el, '.chip input') as HTMLInputElement;
    box.click();
    // A frame callback asked for right after the tap runs before that frame is painted: the tick is
    // there, the plan (a heavy redraw) is not; it comes in a task of its own after the paint.
    const inFrame = await new Promise<{ checked: boolean; drawn: boolean }>((resolve) =>
      requestAnimationFrame(() => resolve({ checked: box.checked, drawn: $(el, '.schedule') !== null })),
    );
    expect(inFrame).to.deep.equal({ checked: true, drawn: false });
    await el.updateComplete;
    expect(el.plan?.sessions.length).to.be.above(0);
    expect(dates(el)?.[0]).to.equal('2026-01-31');
    // Two more taps, the second while the first waits for its paint: one render draws both.
    const boxes = [...(el.shadowRoot as ShadowRoot).querySelectorAll<HTMLInputElement>('.chip input')];
    (boxes[1] as HTMLInputElement).click();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    (boxes[2] as HTMLInputElement).click();
    await el.updateComplete;
    expect(boxes.filter((b) => b.checked)).to.have.length(3);
    expect(($(el, '#sessions') as HTMLSelectElement).value).to.equal(String(el.plan?.sessions.length));
    // A change from a script is drawn at once, not held for a paint: it is there before the next frame.
    el.setAttribute('event-date', '2026-09-01');
    const drawn = await new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve($(el, '.event') !== null)));
    expect(drawn).to.equal(true);
  });

  it('fires no event for programmatic changes', async () => {
    const el = await planner('concerns="texture" start="2026-01-31"');
    let fired = 0;
    el.addEventListener('cit-plan-change', () => fired++);
    el.setAttribute('sessions', '3');
    el.setAttribute('event-date', '2026-09-01');
    await el.updateComplete;
    expect(el.plan?.sessions).to.have.length(3);
    expect(fired).to.equal(0);
  });

  it('passes axe, fits 320 px, and has every message in Spanish', async () => {
    expect(Object.keys(plannerEs).sort()).to.deep.equal(Object.keys(plannerEn).sort());
    const page = await framePage(`<cit-clinic price="250-400" currency="USD" booking-url="https://lumen.example/book"><cit-session-planner today="${TODAY}" concerns="acne-scars" start="2026-01-31" event-date="2026-05-01"></cit-session-planner></cit-clinic>`, 320, 640);
    const el = page.doc.querySelector('cit-session-planner') as CitSessionPlanner;
    await page.expectAccessible(el);
    expect(page.doc.documentElement.scrollWidth).to.be.at.most(320);
    expect($(el, 'svg')?.getAttribute('aria-label')).to.equal('Course of 4 sessions from Sat, Jan 31, 2026; best results by Sun, Oct 25, 2026.');
    page.frame.remove();
    const consult = await afterCheck(CONSULT, 'concerns="acne-scars"');
    await typeDate(startField(consult), '2026-03-02');
    await consult.updateComplete;
    await expect(consult).to.be.accessible();
    const spanish = await planner('concerns="acne-scars" start="2026-01-31" event-date="2026-09-01" locale="es"', 'price="250-400" currency="EUR" booking-url="https://lumen.example/book"');
    expect($(spanish, 'h3')?.textContent).to.equal('Planifica tu tratamiento');
    const shown = text(spanish.shadowRoot?.querySelector('section')) ?? '';
    expect(shown).not.to.match(ISO_DATE);
    expect(shown).not.to.match(ENGLISH);
    expect(shown).to.contain('Solicitar la sesión 2');
    expect(shown).to.contain('Cada 6–12 meses, según te indique tu clínica');
  });
});
