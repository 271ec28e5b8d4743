import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import { allLoaded, engineOf, openHost } from './host.js';

/** Loads a plain page in an iframe and resolves with its window once loaded. */
function loadPage(body: string): Promise<Window & { errors: string[]; CitWidgets?: Record<string, unknown> }> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><script>window.errors=[];addEventListener('error',e=>errors.push(e.message));</script></head><body>${body}</body></html>`;
    frame.addEventListener('load', () => resolve(frame.contentWindow as never), { once: true });
    document.body.append(frame);
  });
}

const WIDGETS = ['cit-candidacy-check', 'cit-session-planner', 'cit-recovery-timeline'] as const;

describe('the built dist/cit-widgets.js', () => {
  it('works when a page includes it twice', async () => {
    const win = await loadPage(`
      <cit-clinic name="Twice" booking-url="javascript:void(0)">
        <cit-candidacy-check></cit-candidacy-check><cit-session-planner concerns="texture"></cit-session-planner><cit-recovery-timeline></cit-recovery-timeline>
      </cit-clinic>
      <script src="/dist/cit-widgets.js"></script>
      <script src="/dist/cit-widgets.js"></script>
    `);
    await allLoaded(win);
    expect(win.errors).to.deep.equal([]);
    const api = await engineOf(win);
    expect(api).to.exist;
    expect(win.customElements.get('cit-clinic')).to.exist;
    const result = api.assessCandidacy({ concerns: ['acne-scars'], conditions: ['isotretinoin'], isotretinoinLastDose: '2026-08-31', today: '2026-11-22' });
    expect(result).to.deep.include({ outcome: 'wait', waitUntil: '2027-02-28', plan: 'scars', next: 'book-after-wait' });
    expect(api.toICS({ events: [{ title: 'x', start: '2026-01-01' }] })).to.contain('BEGIN:VEVENT');
    const clinic = win.document.querySelector('cit-clinic') as HTMLElement & { updateComplete: Promise<unknown> };
    await clinic.updateComplete;
    expect(clinic.shadowRoot?.querySelector('[part="error"]')?.textContent).to.contain('booking-url');
    for (const tag of WIDGETS) {
      const widget = win.document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await widget.updateComplete;
      expect(widget.shadowRoot?.querySelector('[part~="base"]'), tag).to.exist;
      // The first copy's class stays registered; the second copy's define was skipped, not thrown.
      expect(widget, tag).to.be.instanceOf(win.customElements.get(tag) as CustomElementConstructor);
    }
  });

  it('works beside the ES module build on one page', async () => {
    const win = await loadPage(`
      <script type="module" src="/dist/cit-widgets.mjs"></script>
      <script src="/dist/cit-widgets.js"></script>
      <cit-clinic name="Both"><cit-session-planner concerns="texture"></cit-session-planner></cit-clinic>
    `);
    await win.customElements.whenDefined('cit-session-planner');
    expect(win.errors).to.deep.equal([]);
    expect(win.customElements.get('cit-clinic')).to.exist;
    const planner = win.document.querySelector('cit-session-planner') as HTMLElement & { updateComplete: Promise<unknown> };
    await planner.updateComplete;
    expect(planner.shadowRoot?.querySelector('[part~="schedule"]')).to.exist;
    expect(win.document.querySelector('cit-clinic')?.shadowRoot).to.exist;
  });
});

describe('an older copy of the kit on the page', () => {
  it('defined the elements first: one console warning naming both versions, and nothing breaks', async () => {
    const { win } = await openHost('older-copy.html');
    await allLoaded(win);
    const warnings = win.__warnings as string[];
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`cit-widgets ${VERSION}`).and.contain('cit-widgets 0.0.9');
    expect(win.__report.errors).to.deep.equal([]);
    expect(win.__pageScriptRan).to.be.true;
    expect(typeof (await engineOf(win)).assessCandidacy).to.equal('function');
    expect((win.CitWidgets as { version?: unknown }).version).to.equal(VERSION);
  });

  it('has the version package.json gives', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('the all-in-one file (dist/cit-widgets.all.js)', () => {
  it('runs every element from one file, the engine on window.CitWidgets, and Spanish from the folder beside it', async () => {
    const { win, doc } = await openHost('all-in-one.html');
    expect(typeof (win.CitWidgets as { assessCandidacy?: unknown }).assessCandidacy).to.equal('function');
    const check = doc.querySelector('cit-candidacy-check') as HTMLElement;
    expect(check.shadowRoot?.textContent).to.contain('¿Qué te gustaría mejorar?');
    expect(doc.querySelector('cit-session-planner')?.shadowRoot?.textContent?.replace(/\s+/g, ' ')).to.contain('Precio estimado 800 €');
    const loaded = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    // One file of the kit, and the Spanish chunks (the shared words and each element's on the page, no other): nothing of the one-tag script's other chunks.
    const kit = loaded.filter((path) => path.startsWith('/dist/'));
    expect(kit.filter((path) => !path.startsWith('/dist/cit-widgets/es.'))).to.deep.equal(['/dist/cit-widgets.all.js']);
    expect(kit.map((path) => /^\/dist\/cit-widgets\/es\.([\w-]+)-[\w-]+\.js$/.exec(path)?.[1]).filter(Boolean).sort()).to.deep.equal(['cit-candidacy-check', 'cit-session-planner', 'shared']);
    expect(win.__report.errors).to.deep.equal([]);
    expect(win.__report.violations).to.deep.equal([]);
  });
});
