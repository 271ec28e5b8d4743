import { expect, waitUntil } from '@open-wc/testing';
import { itIn } from '../browser.js';

interface Report {
  errors: string[];
  consoleErrors: string[];
  violations: string[];
  layoutShift: number;
  shifts: string[];
  observing: number;
  resizeObserving: number;
  documentListeners: number;
  intervals: number;
  definedAt?: number;
}
type HostWindow = Window & {
  __report: Report;
  __engine?: { result: { outcome: string; waitUntil?: string }; ics: number; protocolError: string };
  __pageScriptRan?: boolean;
  __injected?: boolean;
  CitWidgets?: unknown;
};
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const TAGS = ['cit-clinic', 'cit-candidacy-check', 'cit-session-planner', 'cit-recovery-timeline'];

/** Waits until every kit element on the page has rendered everything it has to render. */
async function settled(doc: Document): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const elements = [...doc.querySelectorAll<Widget>(TAGS.join(','))];
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/**
 * Opens a host page from test/embed/ (served with a strict CSP) in an iframe, as a first visit
 * (nothing of the kit cached), and waits until the kit has rendered.
 */
async function openHost(page: string, width = 800, height = 600): Promise<{ win: HostWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/embed/${page}?visit=${Math.random()}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument as Document;
  // The one-tag script loads only the elements the page has.
  await Promise.all(TAGS.filter((tag) => doc.querySelector(tag)).map((tag) => win.customElements.whenDefined(tag)));
  await settled(doc);
  return { win, doc, frame };
}

const part = (el: Element | null, name: string) => el?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const inShadow = <T extends HTMLElement = HTMLElement>(el: Element | null, selector: string): T => {
  const found = el?.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${el?.localName}: nothing matches ${selector}`);
  return found;
};
const textOf = (el: Element | null) => (el?.shadowRoot ?? el)?.textContent?.replace(/\s+/g, ' ') ?? '';
const buttonNamed = (el: Element, name: string) =>
  [...(el.shadowRoot as ShadowRoot).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes(name)) ?? null;

/**
 * A patient goes through every widget on the page: the candidacy check to a dated result (and its
 * reminder file), a moved planner session with maintenance in the calendar file, and the timeline's
 * "can I" panel and its calendar file. Returns what each widget showed at the end.
 */
async function completeEveryWidget(doc: Document): Promise<{ check: string; planner: string; timeline: string }> {
  const check = doc.querySelector('cit-candidacy-check') as Widget;
  const step = async (): Promise<void> => {
    inShadow(check, 'button[type="submit"]').click();
    await settled(doc);
  };
  inShadow(check, '#concern-acne-scars').click();
  await settled(doc);
  await step();
  inShadow(check, '#condition-isotretinoin').click();
  await settled(doc);
  const dose = inShadow<HTMLInputElement>(check, '#date-isotretinoin');
  dose.value = '2026-08-31';
  dose.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(doc);
  while (!part(check, 'result')) await step();
  buttonNamed(check, 'calendar')?.click();

  const planner = doc.querySelector('cit-session-planner') as Widget;
  const move = inShadow<HTMLInputElement>(planner, '#move-2');
  move.value = '2027-04-01'; // inside session 2's window after the check's wait (until Feb 28, 2027)
  // Enter commits a typed date (real typing is in the element's own tests; focus in a frame of a
  // background test tab is not reliable enough to blur).
  move.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await settled(doc);
  inShadow(planner, '.calendar input').click();
  inShadow(planner, '.calendar button').click();

  const timeline = doc.querySelector('cit-recovery-timeline') as Widget;
  inShadow(timeline, '[part="can-i"] summary').click();
  buttonNamed(timeline, 'calendar')?.click();
  await settled(doc);
  return { check: textOf(part(check, 'result')), planner: textOf(planner), timeline: textOf(part(timeline, 'can-i')) };
}

/** What the browser fetched for the page, apart from the test server's own reload socket. */
const requests = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server'));

describe('the kit on host pages (built dist/cit-widgets.js)', () => {
  // The frames share this tab's storage: each test starts with no saved answers.
  beforeEach(() => sessionStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('runs every widget under a strict CSP and Trusted Types with no violation and no error', async () => {
    const { win, doc } = await openHost('strict.html');
    const shown = await completeEveryWidget(doc);
    expect(shown.check).to.contain('February 28, 2027'); // six months after the last isotretinoin dose
    expect(shown.planner).to.contain('Apr 1, 2027').and.contain('€');
    expect(shown.timeline).to.contain('wear makeup Not yet from Sat, Nov 21, 10:00 AM'); // the clinic's 24 hours, not the default 48
    expect(part(doc.querySelector('cit-clinic'), 'error')).to.equal(null); // its protocol JSON was read
    await waitUntil(() => win.__engine, 'the page never got the engine');
    expect(win.__engine?.result).to.deep.include({ outcome: 'wait', waitUntil: '2027-02-28' });
    expect(win.__engine?.ics).to.be.greaterThan(100);
    expect(win.__engine?.protocolError).to.contain('sessions.intervalWeeks');
    expect(win.__report.violations).to.deep.equal([]);
    expect(win.__report.errors).to.deep.equal([]);
    expect(win.__report.consoleErrors).to.deep.equal([]);
    // Positive control: the page really is under the policy, and the recorder hears violations.
    try {
      new (win as unknown as typeof globalThis).Function('return 1');
    } catch {
      // refused, as it should be
    }
    await waitUntil(() => win.__report.violations.length === 1, 'the policy or the recorder is not working');
    expect(win.__report.violations[0]).to.contain('Function'); // Trusted Types refuses the sink before script-src is asked
  });

  it('requests nothing but its own code files while a patient completes every widget, sets no cookie, and stores only the check’s answers for the tab', async () => {
    // Same origin, same tab: the frame shares this page's storage, which earlier test files used.
    localStorage.clear();
    const { win, doc } = await openHost('strict.html');
    const loaded = requests(win);
    const page = ['/test/embed/report.js', '/test/embed/strict-page.js'];
    // Besides the page's own files: the one-tag script and chunks from the folder beside it, with no query a patient could have filled.
    const kit = loaded.filter((path) => !page.includes(path.replace(/\?.*/, '')));
    expect(kit[0]?.replace(/\?.*/, '')).to.equal('/dist/cit-widgets.js');
    for (const path of kit.slice(1)) expect(path).to.match(/^\/dist\/cit-widgets\/[\w-]+\.js$/);
    const clinic = doc.querySelector('cit-clinic') as HTMLElement;
    clinic.setAttribute('name', 'Renamed');
    clinic.setAttribute('booking-url', 'https://lumen.example/book');
    await completeEveryWidget(doc);
    await new Promise((r) => setTimeout(r, 100));
    // Completing every widget loads only more of the kit's own chunks (a calendar file writer, a language).
    for (const path of requests(win).slice(loaded.length)) expect(path).to.match(/^\/dist\/cit-widgets\/[\w-]+\.js$/);
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(Object.keys(win.sessionStorage)).to.deep.equal(['cit-candidacy-check']);
    expect(win.__report.violations).to.deep.equal([]);
  });

  it('says so in each widget, and names the file in the console, when its chunks cannot load', async () => {
    const { win, doc } = await openHost('orphan.html');
    const check = doc.querySelector('cit-candidacy-check') as HTMLElement;
    expect(check.shadowRoot?.textContent).to.equal('This tool could not load. Please reload the page, or contact the clinic.');
    // The clinic without its code still shows what is inside it.
    expect(doc.querySelector('cit-clinic')?.shadowRoot?.querySelector('slot')).to.exist;
    expect(check.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(win.__report.errors).to.deep.equal([]);
    expect(win.__report.consoleErrors).to.have.length(2);
    for (const message of win.__report.consoleErrors) expect(message).to.match(/could not load from http:\/\/[^ ]+\/__test\/orphan\/cit-widgets\/cit-(clinic|candidacy-check)-[\w-]+\.js/);
  });

  it('fetches a language’s chunks only for a widget that speaks it, and the clinic’s message reader only for a clinic with messages', async () => {
    const { win, doc } = await openHost('hostile.html');
    const languageFiles = () => requests(win).filter((path) => /\/cit-widgets\/(ar|de|es|fr|he|it|ko|pt-BR|zh-Hans)\./.test(path)).map((path) => /\/cit-widgets\/([\w-]+\.(?:shared|cit-candidacy-check|cit-recovery-timeline|cit-session-planner))-/.exec(path)?.[1]);
    const reader = () => requests(win).filter((path) => /\/cit-widgets\/clinic-messages-[\w-]+\.js$/.test(path));
    expect(languageFiles()).to.deep.equal([]);
    expect(reader()).to.deep.equal([]);
    const check = doc.querySelector('cit-candidacy-check') as Widget & { locale?: string };
    check.locale = 'ar';
    await waitUntil(() => check.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'the check never spoke Arabic');
    expect(languageFiles().sort()).to.deep.equal(['ar.cit-candidacy-check', 'ar.shared']);
    const clinic = check.closest('cit-clinic') as HTMLElement;
    const json = doc.createElement('script');
    json.type = 'application/json';
    json.append(doc.createTextNode(JSON.stringify({ messages: { ar: { disclaimer: 'ملاحظة العيادة: معلومات عامة فقط؛ يقرر الفريق معك.' } } })));
    clinic.prepend(json);
    await waitUntil(() => check.shadowRoot?.textContent?.includes('ملاحظة العيادة') || reader().length > 0, 'the reader never loaded');
    expect(reader()).to.have.length(1);
    expect(win.__report.errors).to.deep.equal([]);
    // (Trusted Types reports the test's own JSON script, added by the page: not the kit's doing.)
    expect(win.__report.violations.filter((v) => !v.includes('"messages"'))).to.deep.equal([]);
  });

  it('loads the calendar file writer with the first calendar file a patient asks for, not before', async () => {
    const { win, doc } = await openHost('hostile.html');
    const writer = () => requests(win).filter((path) => /\/cit-widgets\/ics-[\w-]+\.js$/.test(path));
    expect(writer()).to.deep.equal([]);
    const timeline = doc.querySelector('cit-recovery-timeline') as Widget;
    buttonNamed(timeline, 'Add to my calendar')?.click();
    await waitUntil(() => writer().length === 1, 'the writer never loaded');
    buttonNamed(timeline, 'Add to my calendar')?.click();
    await new Promise((r) => setTimeout(r, 100));
    expect(writer()).to.have.length(1);
    expect(win.__report.errors).to.deep.equal([]);
  });

  it('gives the clinic’s settings to a widget that was on the page before the clinic’s code arrived', async () => {
    // A page with widgets alone: their chunks load; then the page wraps one in a <cit-clinic>,
    // whose chunk the script loads only now, after the widget asked for settings in vain.
    const { win, doc } = await openHost('heights.html');
    const planner = doc.querySelector('[data-variant="planner[concerns]"]') as Widget;
    expect(win.customElements.get('cit-clinic')).to.equal(undefined);
    expect(textOf(planner)).to.not.contain('Estimated cost');
    const clinic = doc.createElement('cit-clinic');
    clinic.setAttribute('currency', 'USD');
    clinic.setAttribute('price', '300');
    planner.before(clinic);
    clinic.append(planner);
    await win.customElements.whenDefined('cit-clinic');
    await settled(doc);
    expect(textOf(planner)).to.contain('Estimated cost $1,200');
    expect(win.__report.errors).to.deep.equal([]);
  });

  it('looks the same under a hostile theme as on a clean page, and still works', async () => {
    const clean = await openHost('clean.html');
    const hostile = await openHost('hostile.html');
    const props = ['display', 'font-family', 'font-size', 'font-weight', 'color', 'background-color', 'line-height', 'letter-spacing', 'text-transform', 'border-top-width', 'border-top-style', 'border-top-color', 'padding-top', 'padding-left', 'margin-bottom', 'list-style-type', 'width', 'height'];
    /** The computed look of every element inside every widget, in document order. */
    const look = (doc: Document) =>
      [...doc.querySelectorAll(TAGS.join(','))].flatMap((host) =>
        [...(host.shadowRoot as ShadowRoot).querySelectorAll('*')]
          .filter((el) => !['STYLE', 'SLOT'].includes(el.nodeName))
          .map((el) => `${host.localName} ${el.nodeName}.${el.className} ${props.map((p) => getComputedStyle(el).getPropertyValue(p)).join(' | ')}`),
      );
    const cleanLook = look(clean.doc);
    const hostileLook = look(hostile.doc);
    expect(cleanLook.length).to.be.greaterThan(200);
    expect(hostileLook.length).to.equal(cleanLook.length);
    for (let i = 0; i < cleanLook.length; i++) expect(hostileLook[i]).to.equal(cleanLook[i]);
    for (const tag of TAGS.slice(1)) {
      const rect = (doc: Document) => (doc.querySelector(tag) as HTMLElement).getBoundingClientRect();
      expect([rect(hostile.doc).width, rect(hostile.doc).height], tag).to.deep.equal([rect(clean.doc).width, rect(clean.doc).height]);
    }
    expect(getComputedStyle(hostile.doc.querySelector('cit-clinic') as HTMLElement).display).to.equal('block');
    const shown = await completeEveryWidget(hostile.doc);
    expect(shown.check).to.contain('February 28, 2027');
    expect(shown.planner).to.contain('Apr 1, 2027');
    expect(hostile.win.__report.errors).to.deep.equal([]);
  });

  it('works for widgets in the HTML before the script, added after it, moved, removed and added back, leaving nothing behind', async () => {
    const { win, doc } = await openHost('late.html');
    const early = doc.getElementById('early') as Widget;
    expect(part(early, 'error')?.textContent).to.contain('needs a currency');
    expect(win.__report.intervals).to.equal(1); // the timeline's minute timer
    // A page builder adds a clinic with the three widgets after the script has run.
    const late = doc.createElement('cit-clinic') as Widget;
    late.setAttribute('name', 'Late Clinic');
    late.setAttribute('booking-url', 'mailto:x');
    for (const tag of TAGS.slice(1)) late.append(doc.createElement(tag));
    (doc.getElementById('b') as HTMLElement).append(late);
    await settled(doc);
    expect(part(late, 'error')?.textContent).to.contain('booking-url');
    expect(part(late.querySelector('cit-candidacy-check'), 'step'), textOf(late.querySelector('cit-candidacy-check'))).to.exist;
    expect(part(late.querySelector('cit-session-planner'), 'controls')).to.exist; // no concerns: it asks
    expect(part(late.querySelector('cit-recovery-timeline'), 'form')).to.exist; // no treatment time: it asks
    expect(win.__report.intervals).to.equal(2);
    doc.getElementById('b')?.append(early); // moved
    await settled(doc);
    expect(win.__report.intervals).to.equal(2);
    early.remove();
    late.remove();
    expect(win.__report.observing).to.equal(0); // no observer left on removed elements or the page
    expect(win.__report.resizeObserving).to.equal(0);
    expect(win.__report.documentListeners).to.equal(0);
    expect(win.__report.intervals).to.equal(0);
    doc.getElementById('a')?.append(early); // added back
    early.setAttribute('currency', 'USD');
    await settled(doc);
    expect(part(early, 'error')).to.equal(null);
    expect(win.__report.intervals).to.equal(1);
    expect(win.__report.resizeObserving).to.equal(1); // the check's own size observer
    expect(win.__report.observing).to.equal(2); // the clinic's child observer, and the shared page-language one
    const shown = await completeEveryWidget(doc);
    expect(shown.check).to.contain('February 28, 2027');
    expect(win.__report.errors).to.deep.equal([]);
  });

  // Only Chromium reports layout-shift entries: elsewhere the recorder would hear nothing, and the test would pass without measuring.
  itIn(['chromium'], 'keeps the page still while the kit arrives late and the widgets render (CLS 0), at 360 and 800 px', async () => {
    expect(PerformanceObserver.supportedEntryTypes).to.include('layout-shift');
    for (const width of [360, 800]) {
      const { win, doc } = await openHost('layout.html', width, 700);
      const script = win.performance.getEntriesByType('resource').find((e) => e.name.includes('/dist/cit-widgets.js'));
      expect(script?.duration, 'the slow network did not slow the script').to.be.greaterThan(700);
      expect(part(doc.querySelector('cit-candidacy-check'), 'step')).to.exist;
      expect(part(doc.querySelector('cit-recovery-timeline'), 'timeline')).to.exist;
      expect(win.__report.shifts, `at ${width} px`).to.deep.equal([]);
      expect(win.__report.layoutShift).to.equal(0);
    }
  });

  it('shows every bad setting readably, injects nothing, and leaves the page’s scripts running', async () => {
    const { win, doc } = await openHost('bad-input.html');
    const box = part(doc.getElementById('bad'), 'error') as HTMLElement;
    await waitUntil(() => box.textContent?.includes('phone'), 'phone problem not shown');
    const expected: Record<string, string[]> = {
      bad: ['currency: “€€€”', 'locale: “<script>alert(1)</script>”', 'price: “-5”', 'booking-url: “javascript:window.__injected=true”', 'name: “xxxx', 'phone: “<img', 'protocol JSON', 'sessions.intervalWeeks', 'extra', 'recovery.makeupHours'],
      'bad-check': ['today: “<img src=x', 'locale: “en-"><img src=x>”'],
      'bad-planner': ['concerns: “fine-lines <b>pores</b>”', 'start: “2026-02-30”', 'sessions', '“99”', 'interval: “two”', 'event-date: “javascript:alert(1)”', 'today: “yesterday”'],
      'bad-timeline': ['treated-at: “9999', 'now: “<script>alert(1)</script>”'],
    };
    for (const [id, parts] of Object.entries(expected)) {
      const text = part(doc.getElementById(id), 'error')?.textContent ?? '';
      for (const piece of parts) expect(text, `${id} should say ${piece}`).to.contain(piece);
      expect(text.length, id).to.be.lessThan(2000); // 10 000-character values are cut short
    }
    // The widgets still work with their defaults: the patient is not left with an empty box.
    expect(part(doc.getElementById('bad-check'), 'step')).to.exist;
    expect(part(doc.getElementById('bad-planner'), 'controls')).to.exist;
    expect(part(doc.getElementById('bad-timeline'), 'form')).to.exist;
    // The clinic's problems are in the clinic's language.
    const spanish = part(doc.getElementById('bad-es'), 'error') as HTMLElement;
    expect(spanish.getAttribute('lang')).to.equal('es');
    expect(spanish.textContent).to.contain('booking-url').and.contain('price: “2026-02-30”');
    for (const host of doc.querySelectorAll(TAGS.join(','))) expect(host.shadowRoot?.querySelector('img, script, iframe, object'), host.id).to.equal(null);
    expect(doc.querySelectorAll('img')).to.have.length(0);
    expect(win.__injected).to.equal(undefined);
    expect(win.__pageScriptRan).to.be.true;
    expect(win.__report.violations).to.deep.equal([]);
    expect(win.__report.errors).to.deep.equal([]);
    // One console message per element with problems, for the site builder's developer tools.
    expect(win.__report.consoleErrors.length).to.equal(5);
  });
});

describe('the README’s reserved heights', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  /** A page with no script, loaded in a frame `width` px wide. */
  const openWithoutKit = async (page: string, width: number): Promise<Document> => {
    const frame = document.createElement('iframe');
    frame.style.width = `${width}px`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/test/embed/${page}`;
    document.body.append(frame);
    await loaded;
    return frame.contentDocument as Document;
  };

  /** Each variant's height in rem on a page, keyed by its data-variant. */
  const heights = (doc: Document): Record<string, number> => {
    const rem = parseFloat(getComputedStyle(doc.documentElement).fontSize);
    return Object.fromEntries([...doc.querySelectorAll('[data-variant]')].map((el) => [el.getAttribute('data-variant'), el.getBoundingClientRect().height / rem]));
  };

  for (const width of [360, 1280]) {
    // Within 8 % (2 rem at least): text wraps a little differently in each engine's fonts.
    it(`match each widget's first height at ${width} px, within 8 %`, async () => {
      const real = heights((await openHost('heights.html', width)).doc);
      const reserved = heights(await openWithoutKit('reserved.html', width));
      expect(Object.keys(reserved)).to.deep.equal(Object.keys(real));
      for (const [variant, height] of Object.entries(real)) {
        const slack = Math.max(2, height * 0.08);
        expect(reserved[variant], `${variant}: real ${height.toFixed(1)} rem`).to.be.within(height - slack, height + slack);
      }
    });
  }

  it('are the ones the README gives', async () => {
    const readme = await (await fetch('/README.md')).text();
    const css = await (await fetch('/test/embed/reserve.css')).text();
    const rules = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').split('\n').map((line) => line.trim()).filter(Boolean);
    const snippet = readme.split('/* In the page\'s stylesheet')[1]?.split('```')[0] ?? '';
    expect(rules(snippet.slice(snippet.indexOf('*/') + 2))).to.deep.equal(rules(css));
  });
});
