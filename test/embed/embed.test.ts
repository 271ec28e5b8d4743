import { expect, waitUntil } from '@open-wc/testing';

interface Report {
  errors: string[];
  violations: string[];
  observing: number;
  documentListeners: number;
}
type HostWindow = Window & {
  __report: Report;
  __engine?: { result: { outcome: string; waitUntil?: string }; ics: number; protocolError: string };
  __pageScriptRan?: boolean;
  __injected?: boolean;
  CitWidgets?: unknown;
};

/** Opens a host page from test/embed/ (served with a strict CSP) in an iframe, once it has loaded. */
async function openHost(page: string, width = 800): Promise<{ win: HostWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/embed/${page}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  await (win.customElements.whenDefined('cit-clinic') as Promise<unknown>);
  const clinics = [...(frame.contentDocument as Document).querySelectorAll('cit-clinic')] as (Element & { updateComplete: Promise<unknown> })[];
  await Promise.all(clinics.map((c) => c.updateComplete));
  return { win, doc: frame.contentDocument as Document, frame };
}
const errorBox = (el: Element | null) => el?.shadowRoot?.querySelector('[part="error"]') as HTMLElement | null;

describe('the kit on host pages (built dist/cit-widgets.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('runs under a strict CSP and Trusted Types with no violation and no error', async () => {
    const { win, doc } = await openHost('strict.html');
    expect(win.__report.violations).to.deep.equal([]);
    expect(win.__report.errors).to.deep.equal([]);
    expect(win.__engine?.result).to.deep.include({ outcome: 'wait', waitUntil: '2027-02-28' });
    expect(win.__engine?.ics).to.be.greaterThan(100);
    expect(win.__engine?.protocolError).to.contain('sessions.intervalWeeks');
    const clinic = doc.querySelector('cit-clinic');
    expect(errorBox(clinic)?.textContent).to.contain('booking-url').and.contain('price: “2026-02-30”');
    expect(errorBox(clinic)?.getAttribute('lang')).to.equal('es'); // the clinic's language, even for its problems
    // Positive control: the page really is under the policy, and the recorder hears violations.
    try {
      new (win as unknown as typeof globalThis).Function('return 1');
    } catch {
      // refused, as it should be
    }
    await waitUntil(() => win.__report.violations.length === 1, 'the policy or the recorder is not working');
    expect(win.__report.violations[0]).to.contain('Function'); // Trusted Types refuses the sink before script-src is asked
  });

  it('sends no request and sets no cookie or storage after the script loads', async () => {
    // Same origin, same tab: the frame shares this page's storage, which earlier test files used.
    sessionStorage.clear();
    localStorage.clear();
    const { win, doc } = await openHost('strict.html');
    const clinic = doc.querySelector('cit-clinic') as HTMLElement;
    clinic.setAttribute('name', 'Renamed');
    clinic.setAttribute('booking-url', 'https://lumen.example/book');
    await new Promise((r) => setTimeout(r, 50));
    // The test server injects its own reload socket into every page it serves: not the kit's.
    const requested = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requested).to.deep.equal(['/test/embed/report.js', '/dist/cit-widgets.js', '/test/embed/strict-page.js']);
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
  });

  it('looks the same under a hostile theme as on a clean page', async () => {
    const clean = errorBox((await openHost('clean.html')).doc.querySelector('cit-clinic'));
    const hostileClinic = (await openHost('hostile.html')).doc.querySelector('cit-clinic') as HTMLElement;
    const hostile = errorBox(hostileClinic);
    const props = ['display', 'font-family', 'font-size', 'color', 'line-height', 'letter-spacing', 'text-transform', 'border-top-color', 'padding-top', 'margin-bottom'];
    const look = (el: HTMLElement | null) => props.map((p) => `${p}: ${getComputedStyle(el as HTMLElement).getPropertyValue(p)}`);
    expect(look(hostile)).to.deep.equal(look(clean));
    const item = (box: HTMLElement | null) => getComputedStyle(box?.querySelector('li') as HTMLElement);
    expect([item(hostile).display, item(hostile).fontSize]).to.deep.equal([item(clean).display, item(clean).fontSize]);
    expect(getComputedStyle(hostileClinic).display).to.equal('block');
  });

  it('works for elements in the HTML before the script, added after it, moved, removed and added back, leaving nothing behind', async () => {
    const { win, doc } = await openHost('late.html');
    const early = doc.getElementById('early') as HTMLElement & { updateComplete: Promise<unknown> };
    expect(errorBox(early)?.textContent).to.contain('needs a currency');
    const late = doc.createElement('cit-clinic') as HTMLElement & { updateComplete: Promise<unknown> };
    late.setAttribute('booking-url', 'mailto:x');
    (doc.getElementById('b') as HTMLElement).append(late);
    await late.updateComplete;
    expect(errorBox(late)?.textContent).to.contain('booking-url');
    doc.getElementById('b')?.append(early); // moved
    early.remove();
    late.remove();
    expect(win.__report.observing).to.equal(0); // no observer left on removed elements or the page
    expect(win.__report.documentListeners).to.equal(0);
    doc.getElementById('a')?.append(early); // added back
    early.setAttribute('currency', 'USD');
    await early.updateComplete;
    expect(errorBox(early)).to.equal(null);
    expect(win.__report.observing).to.equal(2); // its own child observer, and the shared page-language one
    expect(win.__report.errors).to.deep.equal([]);
  });

  it('shows every bad setting readably, injects nothing, and leaves the page’s scripts running', async () => {
    const { win, doc } = await openHost('bad-input.html');
    const box = errorBox(doc.getElementById('bad')) as HTMLElement;
    await waitUntil(() => box.textContent?.includes('phone'), 'phone problem not shown');
    const text = box.textContent ?? '';
    for (const part of ['currency: “€€€”', 'locale: “<script>alert(1)</script>”', 'price: “-5”', 'booking-url: “javascript:window.__injected=true”', 'name: “xxxx', 'protocol JSON', 'sessions.intervalWeeks', 'extra', 'recovery.makeupHours']) {
      expect(text, part).to.contain(part);
    }
    expect(text.length).to.be.lessThan(2000);
    expect(box.querySelector('img, script')).to.equal(null);
    expect(win.__injected).to.equal(undefined);
    expect(win.__pageScriptRan).to.be.true;
    expect(win.__report.violations).to.deep.equal([]);
    expect(win.__report.errors).to.deep.equal([]);
  });
});
