import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import '../../src/index.js';
import { define } from '../../src/define.js';
import { candidacyEn } from '../../src/elements/cit-candidacy-check/messages/en.js';
import { timelineEn } from '../../src/elements/cit-recovery-timeline/messages/en.js';
import { plannerEn } from '../../src/elements/cit-session-planner/messages/en.js';
import { Localize } from '../../src/i18n/localize.js';
import { en } from '../../src/i18n/messages/en.js';
import type { Messages } from '../../src/i18n/types.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** A page's clinic with `json` as its settings script and the given widgets inside. */
async function clinicWith(json: unknown, inner: string, attributes = ''): Promise<HTMLElement> {
  const clinic = await fixture<HTMLElement>(`<cit-clinic ${attributes}><script type="application/json">${JSON.stringify(json)}</script>${inner}</cit-clinic>`);
  for (const el of clinic.querySelectorAll<Widget>('*')) await el.updateComplete;
  for (const el of [clinic as Widget, ...clinic.querySelectorAll<Widget>('*')]) await el.updateComplete;
  return clinic;
}
const textOf = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const problemsOf = (el: Element | null) => (el?.shadowRoot?.querySelector('[part="error"]')?.textContent ?? '').replace(/\s+/g, ' ');
const baseOf = (el: Element | null) => el?.shadowRoot?.querySelector('[part="base"]') as HTMLElement;

/** Every message of `catalog` turned into "language" `tag`: text kept (placeholders too), marked so the test can see it. */
const marked = (catalog: Messages, mark: string) =>
  Object.fromEntries(Object.entries(catalog).map(([key, value]) => [key, typeof value === 'string' ? `${mark} ${value}` : { other: `${mark} ${value.other}` }]));

async function quietly<T>(act: () => Promise<T>): Promise<{ result: T; errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const [error, warn] = [console.error, console.warn];
  console.error = (...args: unknown[]) => errors.push(args.join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    return { result: await act(), errors, warnings };
  } finally {
    [console.error, console.warn] = [error, warn];
  }
}

describe('a clinic’s own words (<cit-clinic> JSON "messages")', () => {
  it('rewords the disclaimer in every widget, in English and in Spanish, and an element’s own message', async () => {
    const json = {
      messages: {
        en: { disclaimer: 'Lumen’s note: this is general guidance; our team decides with you.', 'cit-candidacy-check': { 'check.label': 'Lumen microneedling check' } },
        es: { disclaimer: 'Nota de Lumen: orientación general; nuestro equipo decide contigo.' },
      },
    };
    const clinic = await clinicWith(json, '<cit-candidacy-check></cit-candidacy-check><cit-session-planner></cit-session-planner><cit-recovery-timeline></cit-recovery-timeline>');
    // The check shows its disclaimer with its result; the others from the start.
    for (const widget of clinic.querySelectorAll('cit-session-planner, cit-recovery-timeline')) {
      expect(textOf(widget), widget.localName).to.contain('Lumen’s note: this is general guidance').and.not.contain(en.disclaimer);
    }
    for (const widget of clinic.querySelectorAll('cit-candidacy-check, cit-session-planner, cit-recovery-timeline')) {
      expect(problemsOf(widget), widget.localName).to.equal('');
    }
    expect(baseOf(clinic.querySelector('cit-candidacy-check')).getAttribute('aria-label')).to.equal('Lumen microneedling check');
    const spanish = await clinicWith(json, '<cit-recovery-timeline></cit-recovery-timeline>', 'locale="es-MX"');
    expect(textOf(spanish.querySelector('cit-recovery-timeline'))).to.contain('Nota de Lumen: orientación general');
    expect(problemsOf(spanish)).to.equal('');
  });

  it('refuses an emptied disclaimer or warning sign, an unknown message, a lost or unknown placeholder, and names each', async () => {
    const json = {
      messages: {
        en: {
          disclaimer: '   ',
          'clinic.book': 'Book now',
          'clinic.call': 'Call {telephone}',
          'nav.nxt': 'Next',
          'cit-recovery-timeline': { 'tl.redFlag.infection': '', 'tl.title': 'Healing at Lumen', 'tl.nope': 'x' },
          'cit-unknown': {},
        },
      },
    };
    const { result: clinic, errors } = await quietly(() => clinicWith(json, '<cit-recovery-timeline treated-at="2026-03-07T18:00" now="2026-03-10T09:00"></cit-recovery-timeline>', 'name="Lumen" phone="+1 555 0100"'));
    const clinicProblems = problemsOf(clinic);
    expect(clinicProblems).to.contain('messages JSON en.disclaimer: cannot be empty: it may be reworded, not removed');
    expect(clinicProblems).to.contain('en.clinic.book: misses the placeholder {clinic}');
    expect(clinicProblems).to.contain('en.clinic.call: misses the placeholder {phone}').and.contain('unknown placeholder {telephone}');
    expect(clinicProblems).to.contain('en.nav.nxt: is no shared message');
    expect(clinicProblems).to.contain('en.cit-unknown: is no element with messages');
    const timeline = clinic.querySelector('cit-recovery-timeline') as Widget;
    const own = problemsOf(timeline);
    expect(own).to.contain('en.cit-recovery-timeline.tl.redFlag.infection: cannot be empty: it may be reworded, not removed');
    expect(own).to.contain('en.cit-recovery-timeline.tl.nope: is no message of this element');
    // What was refused keeps the kit's words; what passed is used.
    const shown = textOf(timeline);
    expect(shown).to.contain(en.disclaimer).and.contain(timelineEn['tl.redFlag.infection']).and.contain('Healing at Lumen').and.contain('Call +1 555 0100');
    expect(errors.join('\n')).to.contain('en.disclaimer').and.contain('tl.redFlag.infection');
  });

  it('adds a language the kit lacks when the clinic gives every message, and names what is missing otherwise', async () => {
    const complete = {
      ...marked(en, 'JA'),
      'cit-candidacy-check': marked(candidacyEn, 'JA'),
      'cit-recovery-timeline': marked(timelineEn, 'JA'),
      'cit-session-planner': marked(plannerEn, 'JA'),
    };
    const { result: clinic, warnings } = await quietly(() =>
      clinicWith({ messages: { ja: complete } }, '<cit-candidacy-check></cit-candidacy-check><cit-session-planner concerns="texture" start="2026-02-02" today="2026-01-10"></cit-session-planner>', 'locale="ja"'),
    );
    for (const widget of clinic.querySelectorAll('cit-candidacy-check, cit-session-planner')) expect(baseOf(widget).lang, widget.localName).to.equal('ja');
    expect(textOf(clinic.querySelector('cit-session-planner'))).to.contain(`JA ${en.disclaimer}`);
    expect(textOf(clinic.querySelector('cit-candidacy-check'))).to.contain(`JA ${candidacyEn['check.concerns']}`);
    // Dates in Japanese too: text, dates and numbers in one language.
    expect(textOf(clinic.querySelector('cit-session-planner'))).to.match(/2026年2月2日/);
    expect(warnings.filter((w) => w.includes('"ja"'))).to.deep.equal([]);

    const { candidacyDropped, ...partial } = { ...complete, candidacyDropped: null, 'cit-candidacy-check': { ...marked(candidacyEn, 'JA'), 'check.label': undefined } };
    void candidacyDropped;
    const { result: incomplete, errors } = await quietly(() => clinicWith({ messages: { ja: partial } }, '<cit-candidacy-check></cit-candidacy-check>', 'locale="ja"'));
    const check = incomplete.querySelector('cit-candidacy-check');
    expect(baseOf(check).lang).to.equal('en');
    expect(problemsOf(check)).to.contain('ja.cit-candidacy-check: misses "check.label"');
    expect(errors.join('\n')).to.contain('check.label');
  });

  it('asks every plural form the language has (six in Arabic)', async () => {
    const { result: clinic } = await quietly(() => clinicWith({ messages: { ar: { weeks: { one: 'أسبوع واحد', other: '{n} أسبوع' } } } }, ''));
    expect(problemsOf(clinic)).to.contain('ar.weeks: needs the plural form “zero”, “two”, “few”, “many” for ar');
  });

  it('refuses messages that are not an object of languages, with a readable message', async () => {
    const { result: clinic } = await quietly(() => clinicWith({ messages: ['disclaimer'] }, ''));
    expect(problemsOf(clinic)).to.contain('messages JSON: must be an object of languages');
    const { result: badTag } = await quietly(() => clinicWith({ messages: { 'not a tag': {} } }, ''));
    expect(problemsOf(badTag)).to.contain('“not a tag” is not a language tag');
  });
});

describe('languages the kit does not have, or cannot load', () => {
  it('warns once per page naming a requested language it lacks, and uses the next one asked for', async () => {
    const { result: clinic, warnings } = await quietly(async () => {
      const wrapper = await fixture<HTMLElement>('<div><cit-candidacy-check locale="tlh"></cit-candidacy-check><cit-recovery-timeline locale="tlh"></cit-recovery-timeline></div>');
      for (const el of wrapper.querySelectorAll<Widget>('*')) await el.updateComplete;
      return wrapper;
    });
    expect(warnings.filter((w) => w.includes('"tlh"'))).to.have.length(1);
    expect(warnings.find((w) => w.includes('"tlh"'))).to.contain('es').and.contain('zh-Hans');
    for (const widget of clinic.querySelectorAll('cit-candidacy-check, cit-recovery-timeline')) expect(baseOf(widget).lang).to.match(/^(en|es|fr|de|it|pt-BR|ar|he|zh-Hans|ko)$/);
  });

  it('follows the element’s, the clinic’s, the page’s and the browser’s languages as they change', async () => {
    const pageLang = document.documentElement.getAttribute('lang');
    const languages = Object.getOwnPropertyDescriptor(navigator, 'languages');
    try {
      document.documentElement.removeAttribute('lang');
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['zh-TW', 'ko-KR', 'en-US'] });
      const clinic = await fixture<HTMLElement>('<cit-clinic><cit-candidacy-check></cit-candidacy-check></cit-clinic>');
      const check = clinic.querySelector('cit-candidacy-check') as Widget & { locale?: string };
      const langNow = async () => {
        for (let i = 0; i < 3; i++) await check.updateComplete;
        return baseOf(check).lang;
      };
      // zh-TW (Traditional) is not Simplified Chinese: the browser's next language, Korean.
      expect(await langNow()).to.equal('ko');
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['de-AT', 'en'] });
      window.dispatchEvent(new Event('languagechange'));
      await waitUntil(async () => (await langNow()) === 'de', 'the browser’s languages were not followed');
      document.documentElement.lang = 'fr-CA';
      await waitUntil(async () => (await langNow()) === 'fr', 'the page’s lang was not followed');
      clinic.setAttribute('locale', 'it');
      await waitUntil(async () => (await langNow()) === 'it', 'the clinic’s locale was not followed');
      check.locale = 'pt-PT';
      expect(await langNow()).to.equal('pt-BR');
      check.removeAttribute('locale');
      check.locale = undefined;
      expect(await langNow()).to.equal('it');
    } finally {
      if (pageLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', pageLang);
      if (languages) Object.defineProperty(navigator, 'languages', languages);
      else delete (navigator as { languages?: unknown }).languages;
    }
  });

  it('shows English, marked lang="en", with one warning, when a language’s file cannot load', async () => {
    class BrokenFrench extends LitElement {
      locale = 'fr';
      readonly localize = new Localize(this, { 'test.hello': 'Hello' } as const, 'test-broken-french', { './messages/fr.ts': () => Promise.reject(new Error('offline')) });
      override render() {
        return litHtml`<p lang=${this.localize.catalogLang} dir=${this.localize.dir}>${this.localize.term('test.hello')} ${this.localize.date('2026-12-01')}</p>`;
      }
      override shouldUpdate(changed: Map<PropertyKey, unknown>) {
        return this.localize.ready && super.shouldUpdate(changed);
      }
    }
    define('test-broken-french', BrokenFrench);
    const { result: el, warnings } = await quietly(async () => {
      const element = await fixture<BrokenFrench>('<test-broken-french></test-broken-french>');
      await waitUntil(() => element.shadowRoot?.querySelector('p'), 'never rendered');
      return element;
    });
    const p = el.shadowRoot?.querySelector('p') as HTMLElement;
    expect(p.lang).to.equal('en');
    expect(p.textContent).to.equal('Hello Dec 1, 2026');
    expect(warnings.filter((w) => w.includes('"fr" messages could not load'))).to.have.length(1);
  });
});
