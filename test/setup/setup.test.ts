import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

type FrameWindow = Window & typeof globalThis & { axe?: { run(context: Element, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };

/** A page in an iframe of this test page (same origin), `width` px wide. */
async function open(url: string, width = 1300, height = 900): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument as Document };
}

async function setupPage(url = '/dist/setup/index.html') {
  const page = await open(url);
  await waitUntil(() => page.doc.querySelector('cit-setup #clinic-name'), 'the setup page did not render', { timeout: 10000 });
  return page;
}

const settle = (doc: Document) => (doc.querySelector('cit-setup') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;

/** Types into a field as a person does: focus, select what is there, type. */
async function type(doc: Document, selector: string, text: string): Promise<void> {
  const input = doc.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await settle(doc);
}
/** Sets a value the way a picker does (a colour, a select), with the event it fires. */
async function pick(doc: Document, selector: string, value: string, event = 'change'): Promise<void> {
  const input = doc.querySelector<HTMLInputElement | HTMLSelectElement>(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
  await settle(doc);
}
async function click(doc: Document, selector: string): Promise<void> {
  (doc.querySelector(selector) as HTMLElement).click();
  await settle(doc);
}
const output = (doc: Document, name: string) => doc.querySelector(`#out-${name}`)?.textContent ?? '';
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('the setup page (dist/setup/, under the demo’s strict CSP)', () => {
  // The frames share this tab's storage, where earlier test files may have left a check's answers.
  beforeEach(() => sessionStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('takes a clinic’s settings, refuses what the kit would, and gives a snippet that makes those widgets on a blank page', async () => {
    const { win, doc } = await setupPage();
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

    // The CDN snippet carries the built script's integrity hash: the README's (which CI checks against the built file).
    const readme = await (await fetch('/README.md')).text();
    const integrity = /cit-widgets\.js" integrity="(sha384-[^"]+)"/.exec(readme)?.[1] as string;
    expect(output(doc, 'HTML-snippet')).to.contain(`integrity="${integrity}"`);

    await click(doc, '#w-cit-recovery-timeline'); // off: a check and a planner
    await type(doc, '#clinic-name', 'Clínica Lumen');
    await type(doc, '#booking-url', 'lumen.example/book');
    expect(doc.querySelector('#booking-url-error')?.textContent, 'an address without https://').to.contain('is not an http or https address');
    await type(doc, '#booking-url', 'https://lumen.example/book?date={date}');
    expect(doc.querySelector('#booking-url-error')).to.equal(null);
    await type(doc, '#phone', '+34 910 000 000');
    await pick(doc, '#currency', 'EUR');
    await type(doc, '#price', '250-400');
    await pick(doc, '#locale', 'fr');
    await click(doc, '#theme-dark');
    await pick(doc, '#font', 'serif');
    await type(doc, '#radius', '1');
    // A dark accent on the dark theme: flagged, with the nearest shade that passes.
    await pick(doc, '#accent', '#1a4a46', 'input');
    const check = doc.querySelector('#accent-check') as HTMLElement;
    expect(check.textContent).to.contain('WCAG AA needs 4.5:1');
    const use = doc.querySelector('#accent-check .use-shade') as HTMLButtonElement;
    const shade = /#[0-9a-f]{6}/.exec(use.textContent ?? '')?.[0] as string;
    expect(shade).to.match(/^#[0-9a-f]{6}$/);
    await click(doc, '#accent-check .use-shade');
    expect(doc.querySelector('#accent-value')?.textContent, 'the accent shown').to.equal(shade);
    expect((doc.querySelector('#accent') as HTMLInputElement).value).to.equal(shade);
    await waitUntil(() => new URLSearchParams(win.location.search).get('accent') === shade, 'the address never took the shade', { timeout: 5000 });
    expect(check.textContent).to.contain('Readable');
    // Protocol: in range taken, out of range refused with the engine's own message and left out of the code.
    await type(doc, '#p-sessions-intervalWeeks', '5');
    await type(doc, '#p-recovery-sunHours', '1');
    expect(doc.querySelector('#p-recovery-sunHours-error')?.textContent).to.match(/sunHours|1/);
    expect(doc.querySelector('#p-recovery-sunHours')?.getAttribute('aria-invalid')).to.equal('true');
    expect(output(doc, 'HTML-snippet')).to.contain('"intervalWeeks":5').and.not.contain('sunHours');
    await type(doc, '#script-url', `${location.origin}/dist/cit-widgets.js`);

    // Copy, as a clinic's staff member does: the button puts exactly the snippet on the clipboard.
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    await click(doc, 'button.copy');
    await waitUntil(() => copied, 'nothing was copied', { timeout: 5000 });
    expect(copied).to.equal(output(doc, 'HTML-snippet'));
    expect(doc.querySelector('.copied')?.textContent).to.contain('Copied');
    expect(copied).to.contain('<cit-clinic name="Clínica Lumen"').and.not.contain('cit-recovery-timeline>');

    // The snippet on a blank page that loads the built kit.
    const blank = document.createElement('iframe');
    blank.style.cssText = 'width: 1000px; height: 900px; border: 0';
    const loaded = new Promise((resolve) => blank.addEventListener('load', resolve, { once: true }));
    blank.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${copied}</body></html>`;
    document.body.append(blank);
    await loaded;
    const page = blank.contentDocument as Document;
    const planner = await waitUntil(() => page.querySelector('cit-session-planner')?.shadowRoot?.querySelector('[part="base"]'), 'the planner never rendered', { timeout: 10000 }).then(() => page.querySelector('cit-session-planner') as HTMLElement);
    const clinic = page.querySelector('cit-clinic') as HTMLElement;
    expect(clinic.getAttribute('name')).to.equal('Clínica Lumen');
    expect(clinic.getAttribute('price')).to.equal('250-400');
    expect(clinic.getAttribute('currency')).to.equal('EUR');
    const base = planner.shadowRoot?.querySelector('[part="base"]') as HTMLElement;
    await waitUntil(() => base.lang === 'fr', 'the planner is not in French', { timeout: 10000 });
    expect(base.dataset.theme).to.equal('dark');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(17, 26, 29)');
    const checkWidget = page.querySelector('cit-candidacy-check') as HTMLElement;
    await waitUntil(() => checkWidget.shadowRoot?.querySelector('button[type="submit"]'), 'the check never rendered', { timeout: 10000 });
    const next = checkWidget.shadowRoot?.querySelector('button[type="submit"]') as HTMLElement;
    expect(getComputedStyle(next).backgroundColor, 'the accent').to.equal(rgb(shade));
    expect(getComputedStyle(base).fontFamily).to.contain('Georgia');
    expect(page.querySelector('cit-recovery-timeline')).to.equal(null);
    // The snippet's preload hints name the files the script then loads for these widgets, each
    // fetched once (the script's imports reuse what the hints fetched), and none for the timeline.
    const hinted = [...page.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname);
    expect(hinted.some((path) => /\/dist\/cit-widgets\/cit-clinic-[\w-]+\.js$/.test(path)), 'the clinic is hinted').to.be.true;
    expect(hinted.some((path) => /\/cit-candidacy-check-/.test(path)) && hinted.some((path) => /\/cit-session-planner-/.test(path)), 'both widgets are hinted').to.be.true;
    expect(hinted.some((path) => /cit-recovery-timeline/.test(path)), 'no hint for a widget not chosen').to.be.false;
    expect(hinted.some((path) => /\/protocol-reader-/.test(path)), 'the protocol reader, for the clinic’s protocol').to.be.true;
    expect(hinted.some((path) => /\/fr\.shared-/.test(path)) && hinted.some((path) => /\/fr\.cit-session-planner-/.test(path)), 'the French messages').to.be.true;
    const fetched = (blank.contentWindow as Window).performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/cit-widgets/'));
    expect([...fetched].sort(), 'every code file the page fetched was hinted, once').to.deep.equal([...hinted].sort());

    // The address holds every setting: a fresh load of it restores them.
    await waitUntil(() => win.location.search.includes('script'), 'the address never took the last setting', { timeout: 5000 });
    const address = win.location.href;
    const again = await setupPage(address);
    const field = (selector: string) => (again.doc.querySelector(selector) as HTMLInputElement).value;
    expect(field('#clinic-name')).to.equal('Clínica Lumen');
    expect(field('#booking-url')).to.equal('https://lumen.example/book?date={date}');
    expect(field('#phone')).to.equal('+34 910 000 000');
    expect(field('#currency')).to.equal('EUR');
    expect(field('#price')).to.equal('250-400');
    expect(field('#locale')).to.equal('fr');
    expect((again.doc.querySelector('#theme-dark') as HTMLInputElement).checked).to.be.true;
    expect(field('#accent')).to.equal(shade);
    expect(field('#font')).to.equal('serif');
    expect(field('#radius')).to.equal('1');
    expect(field('#p-sessions-intervalWeeks')).to.equal('5');
    expect(field('#p-recovery-sunHours')).to.equal('1');
    expect((again.doc.querySelector('#w-cit-recovery-timeline') as HTMLInputElement).checked).to.be.false;
    expect(output(again.doc, 'HTML-snippet')).to.equal(copied);
    expect(violations).to.deep.equal([]);
  });

  it('shows the real widgets at phone and desktop widths, following the settings', async () => {
    const { doc } = await setupPage('/dist/setup/index.html?name=Lumen&locale=de&theme=dark');
    const frames = [...doc.querySelectorAll<HTMLIFrameElement>('.preview iframe')];
    expect(frames.map((f) => f.contentWindow?.innerWidth)).to.satisfy(([phone, desktop]: number[]) => phone === 375 && (desktop as number) > 700);
    for (const frame of frames) {
      await waitUntil(() => frame.contentDocument?.querySelector('cit-candidacy-check')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === 'de', 'the preview is not in German', { timeout: 10000 });
      expect(frame.contentDocument?.querySelector('cit-clinic')?.getAttribute('theme')).to.equal('dark');
    }
    await pick(doc, '#locale', 'it');
    for (const frame of frames) await waitUntil(() => frame.contentDocument?.querySelector('cit-candidacy-check')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === 'it', 'the preview did not follow', { timeout: 10000 });
  });

  it('is axe-clean, and every control has a label', async () => {
    const { win, doc } = await setupPage('/dist/setup/index.html?axe&accent=%23f5c518');
    const axe = doc.createElement('script');
    axe.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve) => axe.addEventListener('load', resolve, { once: true }));
    doc.head.append(axe);
    await ready;
    const result = await (win.axe as NonNullable<FrameWindow['axe']>).run(doc.querySelector('cit-setup') as Element, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
    for (const control of doc.querySelectorAll('input, select')) expect((control as HTMLInputElement).labels?.length, control.id).to.be.greaterThan(0);
  });
});
