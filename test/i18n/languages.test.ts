import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CitCandidacyCheck } from '../../src/elements/cit-candidacy-check/cit-candidacy-check.js';
import { candidacyEn } from '../../src/elements/cit-candidacy-check/messages/en.js';
import type { CitRecoveryTimeline } from '../../src/elements/cit-recovery-timeline/cit-recovery-timeline.js';
import { timelineEn } from '../../src/elements/cit-recovery-timeline/messages/en.js';
import type { CitSessionPlanner } from '../../src/elements/cit-session-planner/cit-session-planner.js';
import { plannerEn } from '../../src/elements/cit-session-planner/messages/en.js';
import { directionOf } from '../../src/i18n/language-choice.js';
import { KIT_LANGUAGES } from '../../src/i18n/localize.js';
import { en } from '../../src/i18n/messages/en.js';
import type { Messages } from '../../src/i18n/types.js';
import { framePage } from '../frame.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** English messages that are also words of other languages, spelled the same (French "minutes", Italian "Date"). */
const SAME_WORD = new Set(['minute', 'minutes', 'Date']);

/** Every English phrase the kit can show (each message cut at its placeholders), to look for in another language. */
const ENGLISH_PHRASES = [en, candidacyEn, timelineEn, plannerEn]
  .flatMap((catalog) => Object.values(catalog as Messages).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value as unknown as Record<string, string>))))
  .flatMap((value) => value.split(/\{\w+\}/))
  .map((part) => part.trim())
  .filter((part) => /[A-Za-z]{3}/.test(part) && part.length > 3 && !SAME_WORD.has(part));

/** Everything a patient reads or hears in a widget: its text and its accessible names. */
function shown(el: Element): string {
  const root = el.shadowRoot as ShadowRoot;
  const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return `${root.textContent ?? ''} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

/** No English phrase, no ISO date; the root marks the language and its direction. */
function expectIn(code: string, el: Element, where: string): void {
  const text = shown(el);
  expect(ENGLISH_PHRASES.filter((phrase) => text.includes(phrase)), `${code} ${where}: English left`).to.deep.equal([]);
  expect(text, `${code} ${where}`).not.to.match(/\b\d{4}-\d{2}-\d{2}\b/);
  const base = (el.shadowRoot as ShadowRoot).querySelector('[part="base"]') as HTMLElement;
  expect(base.lang, `${code} ${where}`).to.equal(code);
  expect(base.dir, `${code} ${where}`).to.equal(directionOf(code));
}

const $ = (el: Element, selector: string) => {
  const found = (el.shadowRoot as ShadowRoot).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
  await Promise.all((el.shadowRoot as ShadowRoot).getAnimations().map((animation) => animation.finished));
}
async function click(el: Widget, selector: string): Promise<void> {
  $(el, selector).click();
  await settle(el);
}

const CLINIC = 'name="Lumen" phone="+1 555 0100" booking-url="https://lumen.example/book?d={date}" price="250-400" currency="USD"';
/** axe in one right-to-left language and one left-to-right language besides English (each engine runs it). */
const AXE = new Set(['ar', 'fr']);

describe('every language the kit has', () => {
  it('has ten languages, English first, each found by the page', () => {
    expect(KIT_LANGUAGES[0]).to.equal('en');
    expect([...KIT_LANGUAGES].sort()).to.include.members(['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ko', 'pt-BR', 'zh-Hans']);
  });

  for (const code of KIT_LANGUAGES.filter((language) => language !== 'en')) {
    it(`${code}: the suitability check, step by step, has no English and passes axe`, async () => {
      sessionStorage.clear();
      const wrapper = await fixture<HTMLElement>(`<cit-clinic locale="${code}" ${CLINIC}><cit-candidacy-check today="2026-11-22"></cit-candidacy-check></cit-clinic>`);
      const el = wrapper.querySelector('cit-candidacy-check') as CitCandidacyCheck;
      await settle(el);
      const steps: [string, () => Promise<void>][] = [
        ['concerns', async () => {}],
        ['health', async () => {
          await click(el, '#concern-acne-scars');
          await click(el, '#concern-texture');
          await click(el, 'button[type="submit"]');
        }],
        ['skin', async () => {
          await click(el, '#condition-isotretinoin');
          await click(el, '#condition-keloid');
          await click(el, 'button[type="submit"]');
        }],
        ['result', async () => {
          await click(el, '#skin-4');
          await click(el, 'button[type="submit"]');
        }],
      ];
      for (const [step, act] of steps) {
        await act();
        expectIn(code, el, step);
        if (AXE.has(code)) await expect(el).to.be.accessible();
      }
    });

    it(`${code}: the recovery timeline, its answers and warning signs have no English and pass axe`, async () => {
      const wrapper = await fixture<HTMLElement>(`<cit-clinic locale="${code}" ${CLINIC}><cit-recovery-timeline treated-at="2026-03-07T18:00" now="2026-03-10T09:00"></cit-recovery-timeline></cit-clinic>`);
      const el = wrapper.querySelector('cit-recovery-timeline') as CitRecoveryTimeline;
      await settle(el);
      ($(el, 'details.can-i') as HTMLDetailsElement).open = true;
      await waitUntil(() => (el.shadowRoot as ShadowRoot).querySelector('.can-i li'), 'no answers');
      await settle(el);
      expectIn(code, el, 'timeline');
      if (AXE.has(code)) await expect(el).to.be.accessible();
      const before = await fixture<CitRecoveryTimeline>(`<cit-recovery-timeline locale="${code}" treated-at="2026-03-07T18:00" now="2026-03-06T09:00" last-session></cit-recovery-timeline>`);
      await settle(before);
      expectIn(code, before, 'before the treatment');
    });

    it(`${code}: the session planner, with prices and an event, has no English and passes axe`, async () => {
      const wrapper = await fixture<HTMLElement>(`<cit-clinic locale="${code}" ${CLINIC}><cit-session-planner today="2026-01-10" concerns="acne-scars" start="2026-01-31" event-date="2026-05-01"></cit-session-planner></cit-clinic>`);
      const el = wrapper.querySelector('cit-session-planner') as CitSessionPlanner;
      await settle(el);
      expectIn(code, el, 'planner');
      if (AXE.has(code)) await expect(el).to.be.accessible();
      // A session moved too soon: the patient's message is in the language too.
      const move = $(el, '#move-2') as HTMLInputElement;
      move.value = '2026-02-02';
      move.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await settle(el);
      expect((el.shadowRoot as ShadowRoot).querySelector('[role="alert"]'), 'the too-soon message').to.exist;
      expectIn(code, el, 'a session moved too soon');
    });
  }
});

describe('right to left', () => {
  for (const code of KIT_LANGUAGES.filter((language) => directionOf(language) === 'rtl')) {
    it(`${code}: the chart and the timeline run from the right, and nothing overflows at 320 px or 1280 px`, async () => {
      for (const width of [320, 1280]) {
        const page = await framePage(
          `<cit-clinic locale="${code}" ${CLINIC}>
            <cit-session-planner today="2026-01-10" concerns="acne-scars" start="2026-01-31" event-date="2026-05-01"></cit-session-planner>
            <cit-recovery-timeline treated-at="2026-03-07T18:00" now="2026-03-10T09:00"></cit-recovery-timeline>
            <cit-candidacy-check today="2026-11-22"></cit-candidacy-check>
          </cit-clinic>`,
          width,
          900,
        );
        const planner = page.doc.querySelector('cit-session-planner') as CitSessionPlanner;
        const timeline = page.doc.querySelector('cit-recovery-timeline') as CitRecoveryTimeline;
        await waitUntil(() => planner.shadowRoot?.querySelector('[part="chart"] circle') && timeline.shadowRoot?.querySelector('.timeline'), 'nothing rendered');
        const dots = [...(planner.shadowRoot as ShadowRoot).querySelectorAll('[part="chart"] circle.session')].map((dot) => dot.getBoundingClientRect().left);
        expect(dots.length, 'sessions on the chart').to.be.greaterThan(2);
        for (let i = 1; i < dots.length; i++) expect(dots[i], `session ${i + 1} left of session ${i}`).to.be.below(dots[i - 1] as number);
        const list = (timeline.shadowRoot as ShadowRoot).querySelector('.timeline') as HTMLElement;
        const style = getComputedStyle(list);
        expect(style.borderRightWidth, 'the timeline’s line on the right').to.equal('2px');
        expect(style.borderLeftWidth).to.equal('0px');
        const marker = (timeline.shadowRoot as ShadowRoot).querySelector('.milestone') as HTMLElement;
        expect(marker.getBoundingClientRect().right, 'milestones start from the line on the right').to.be.at.most(list.getBoundingClientRect().right);
        expect(page.doc.documentElement.scrollWidth, `${width} px`).to.be.at.most(width);
        for (const el of page.doc.querySelectorAll('cit-session-planner, cit-recovery-timeline, cit-candidacy-check')) {
          const base = (el.shadowRoot as ShadowRoot).querySelector('[part="base"]') as HTMLElement;
          expect(base.dir, `${el.localName} at ${width} px`).to.equal('rtl');
          expect(base.scrollWidth, `${el.localName} at ${width} px`).to.be.at.most(base.clientWidth + 1);
        }
        page.frame.remove();
      }
    });
  }
});
