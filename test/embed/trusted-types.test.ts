import { expect, waitUntil } from '@open-wc/testing';
import { engineOf } from './host.js';

/**
 * The built script under the trusted-types directives strict sites send (`?tt=` picks one; every
 * page also has require-trusted-types-for 'script'): with the kit's policy name allowed it renders,
 * on the page twice or after the host's own Lit; with no name it can use, the page still works,
 * the widgets say so in plain text, and the console has one error naming the policy to allow.
 */

interface Report {
  errors: string[];
  consoleErrors: string[];
  violations: string[];
}
type HostWindow = Window & { __report: Report; __pageScriptRan?: boolean; CitWidgets?: { assessCandidacy?: unknown } };

async function open(page: string, query: string): Promise<{ win: HostWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/embed/${page}?${query}&visit=${Math.random()}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument as Document;
  await Promise.all(['cit-clinic', 'cit-candidacy-check', 'cit-recovery-timeline'].map((tag) => win.customElements.whenDefined(tag)));
  for (const el of doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('cit-clinic, cit-candidacy-check, cit-recovery-timeline')) await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return { win, doc };
}

const rendered = (doc: Document, tag: string) => !!doc.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]');
const notice = (doc: Document, tag: string) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part="error"]')?.textContent ?? '';

describe('Trusted Types as strict sites configure them', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  // Trying the kit's own name first, on a page that allows only lit-html, is reported once (as the
  // CSP says it should be) before the kit falls back to lit-html.
  const triedOwnName = ['trusted-types trusted-types-policy cit-widgets'];
  for (const [page, tt, why, violations] of [
    ['tt-page.html', 'tt=kit', 'the policy name the README gives', []],
    ['tt-twice.html', 'tt=kit', 'the kit twice', []],
    ['tt-twice.html', 'tt=lit-html', 'only lit-html, without allow-duplicates, and the kit twice', triedOwnName],
    ['tt-page.html', 'tt=lit-html-and-kit&host-lit', "the host's own Lit made lit-html first", []],
  ] as const) {
    it(`renders every widget with ${why}`, async () => {
      const { win, doc } = await open(page, tt);
      for (const tag of ['cit-candidacy-check', 'cit-recovery-timeline']) expect(rendered(doc, tag), tag).to.be.true;
      // The clinic's slot shows its widgets: they take up room on the page.
      expect((doc.querySelector('cit-candidacy-check') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(100);
      expect(win.__report.errors).to.deep.equal([]);
      expect(win.__report.consoleErrors).to.deep.equal([]);
      // The directive, in every engine (what else a report says differs between them). WebKit may
      // deliver the report a moment after the widgets render: wait for it (a missing one still fails).
      if (violations.length) await waitUntil(() => win.__report.violations.length >= violations.length, 'no CSP report arrived', { timeout: 5000 }).catch(() => undefined);
      expect(win.__report.violations.map((v) => v.split(' ')[0])).to.deep.equal(violations.map((v) => v.split(' ')[0]));
      expect(win.__pageScriptRan).to.be.true;
    });
  }

  for (const [page, tt, why] of [
    ['tt-page.html', 'tt=site-only', "only the site's own policy names"],
    ['tt-page.html', 'tt=none', "'none'"],
    ['tt-page.html', 'tt=lit-html&host-lit', "only lit-html, which the host's own Lit took first"],
  ] as const) {
    it(`keeps the page working with ${why}: one console error naming the policy, a plain notice in each widget`, async () => {
      const { win, doc } = await open(page, tt);
      await waitUntil(() => notice(doc, 'cit-candidacy-check'), 'no notice in the widget');
      for (const tag of ['cit-candidacy-check', 'cit-recovery-timeline']) {
        expect(notice(doc, tag), tag).to.equal('This tool cannot be shown on this page. Please contact the clinic.');
        expect(rendered(doc, tag), tag).to.be.false;
      }
      expect(win.__report.errors).to.deep.equal([]);
      expect(win.__report.consoleErrors).to.have.length(1);
      expect(win.__report.consoleErrors[0]).to.contain('"cit-widgets"').and.contain('trusted-types');
      expect(win.__pageScriptRan).to.be.true;
      expect(typeof (await engineOf(win)).assessCandidacy).to.equal('function');
      // The widgets are still on the page, visible through the clinic's slot.
      expect((doc.querySelector('cit-candidacy-check') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(0);
    });
  }
});
