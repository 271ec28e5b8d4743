import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { itIn } from '../browser.js';
import { inShadow, openHost, settled, textOf, type HostWindow } from './host.js';

/**
 * What a patient does on a clinic's page (strict CSP, Trusted Types, a hostile theme): types and
 * corrects dates with the keyboard, reloads, changes an entry, prints. Nothing they typed is lost
 * or half-sent, and nothing reaches the page's error handlers.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

function clean(win: HostWindow): void {
  expect(win.__report.errors).to.deep.equal([]);
  expect(win.__report.consoleErrors).to.deep.equal([]);
  expect(win.__report.violations).to.deep.equal([]);
}

async function press(check: Widget, doc: Document, selector: string): Promise<void> {
  inShadow(check, selector).click();
  await settled(doc);
}

describe('a patient on a host page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('corrects a typed date segment by segment: the answer changes only on leaving the field with a whole date', async () => {
    const { win, doc } = await openHost('patient.html');
    const check = doc.querySelector('cit-candidacy-check') as Widget;
    const sent: (string | undefined)[] = [];
    check.addEventListener('cit-candidacy-change', (e) => sent.push((e as CustomEvent<{ isotretinoinLastDose?: string }>).detail.isotretinoinLastDose));
    await press(check, doc, '#concern-texture');
    await press(check, doc, 'button[type="submit"]');
    await press(check, doc, '#condition-isotretinoin');
    const field = inShadow<HTMLInputElement>(check, '#date-isotretinoin');
    const typeInto = async (keys: string) => {
      field.focus();
      await sendKeys({ type: keys });
      await settled(doc);
    };
    await typeInto('08/31/2026');
    expect(sent.filter(Boolean), 'nothing sent while typing').to.deep.equal([]);
    field.blur();
    await settled(doc);
    expect(sent.filter(Boolean)).to.deep.equal(['2026-08-31']);
    // Month 09 with day 31 does not exist: the browser reports no value; the answer stays.
    await typeInto('09');
    field.blur();
    await settled(doc);
    expect(sent.filter(Boolean)).to.deep.equal(['2026-08-31']);
    expect(inShadow(check, '[role="alert"]').textContent).to.equal('Enter a whole date, from 1900 to today.');
    // A whole correction replaces it, once.
    await typeInto('05/31/2026');
    field.blur();
    await settled(doc);
    expect(sent.filter(Boolean)).to.deep.equal(['2026-08-31', '2026-05-31']);
    await press(check, doc, 'button[type="submit"]');
    await press(check, doc, 'button[type="submit"]');
    // Six months after 31 May is 30 November: a dated wait, said as a date, not an ISO string.
    expect(textOf(check)).to.contain('November 30, 2026').and.not.contain('2026-11-30');
    clean(win);
  });

  it('enters a treatment time, lands on the result, changes it, and keeps it through a real reload', async () => {
    const { win, doc, frame } = await openHost('patient.html');
    const asked = () => (frame.contentDocument as Document).querySelector('#asked') as Widget;
    inShadow<HTMLInputElement>(asked(), '#treated-at').value = '2026-03-07T18:00';
    inShadow(asked(), 'button[type="submit"]').click();
    await settled(doc);
    const result = inShadow(asked(), '[data-result]');
    expect(asked().shadowRoot?.activeElement).to.equal(result);
    expect(doc.activeElement).to.equal(asked());
    expect(result.textContent).to.contain('Sat, Mar 7, 6:00 PM');

    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    (frame.contentWindow as Window).location.reload();
    await reloaded;
    const win2 = frame.contentWindow as HostWindow;
    const doc2 = frame.contentDocument as Document;
    await win2.customElements.whenDefined('cit-recovery-timeline');
    await settled(doc2);
    expect(inShadow(asked(), '[data-result]').textContent).to.contain('Sat, Mar 7, 6:00 PM');
    inShadow(asked(), 'button.change').click();
    await settled(doc2);
    const field = inShadow<HTMLInputElement>(asked(), '#treated-at');
    expect(asked().shadowRoot?.activeElement).to.equal(field);
    expect(field.value).to.equal('2026-03-07T18:00');
    field.value = '2026-03-08T10:30';
    inShadow(asked(), 'button[type="submit"]').click();
    await settled(doc2);
    expect(inShadow(asked(), '[data-result]').textContent).to.contain('Sun, Mar 8, 10:30 AM');
    clean(win);
    clean(win2);
  });

  // Print media is emulated over CDP only: Chromium.
  itIn(['chromium'], 'prints the timeline with every heading over its content and the "can I" answers open', async () => {
    const { win, doc } = await openHost('patient.html');
    const given = doc.querySelector('#given') as Widget;
    // Printing, as the browser does it: `beforeprint` on the page, then print media.
    win.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    try {
      const root = given.shadowRoot as ShadowRoot;
      const visible = (node: Element | null) => !!node && node.getClientRects().length > 0 && win.getComputedStyle(node).visibility !== 'hidden';
      const headings = [...root.querySelectorAll('h4, summary')].filter(visible);
      expect(headings.length).to.be.greaterThan(3);
      for (const heading of headings) {
        const content = heading.localName === 'summary' ? [...(heading.parentElement?.children ?? [])].filter((c) => c !== heading) : [heading.nextElementSibling];
        expect(content.some((node) => visible(node) && (node?.textContent ?? '').trim().length > 0), heading.textContent ?? '').to.be.true;
      }
      expect(visible(root.querySelector('[part="can-i"] li'))).to.be.true;
      expect(visible(root.querySelector('.reminders'))).to.be.false;
      expect(visible(given)).to.be.true;
    } finally {
      await emulateMedia({ media: 'screen' });
      win.dispatchEvent(new Event('afterprint'));
    }
    clean(win);
  });
});
