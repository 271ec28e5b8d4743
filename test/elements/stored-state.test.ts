import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

/**
 * What a widget finds in sessionStorage is outside data too: an entry that is corrupt, tampered
 * with, from another version of the kit, or a storage that fails to read or write, is discarded
 * or ignored, never a blank widget or an error.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

const heading = (el: Widget) => el.shadowRoot?.querySelector('[data-heading]')?.textContent?.trim();

describe('stored state', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    sessionStorage.clear();
    errors.length = 0;
    addEventListener('error', onError);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    sessionStorage.clear();
  });

  for (const [why, stored] of [
    ['corrupt JSON', '{"v":1,"screen":"result","answ'],
    ['not an object', '"result"'],
    ['an older version', JSON.stringify({ v: 0, screen: 'result', answers: { concerns: ['texture'], conditions: [] } })],
    ['a newer version', JSON.stringify({ v: 2, screen: 'health', answers: { concerns: ['texture'], conditions: [], extra: 1 } })],
    ['an unknown concern', JSON.stringify({ v: 1, screen: 'result', answers: { concerns: ['<img src=x>'], conditions: [] } })],
    ['an impossible date', JSON.stringify({ v: 1, screen: 'result', answers: { concerns: ['texture'], conditions: ['isotretinoin'], isotretinoinLastDose: '20266-02-30' } })],
    ['an unknown screen', JSON.stringify({ v: 1, screen: 'admin', answers: { concerns: ['texture'], conditions: [] } })],
    ['a huge entry', JSON.stringify({ v: 1, screen: 'skin', answers: { concerns: Array(100_000).fill('texture'), conditions: [] } })],
  ] as const) {
    it(`starts the check afresh from ${why}, and discards it`, async () => {
      sessionStorage.setItem('cit-candidacy-check', stored);
      const el = await fixture<Widget>(html`<cit-candidacy-check today="2026-11-22"></cit-candidacy-check>`);
      await settle(el);
      expect(heading(el)).to.equal('What would you like to improve?');
      expect(sessionStorage.getItem('cit-candidacy-check')).to.equal(null);
      expect(errors).to.deep.equal([]);
    });
  }

  it('restores a valid entry', async () => {
    sessionStorage.setItem('cit-candidacy-check', JSON.stringify({ v: 1, screen: 'skin', answers: { concerns: ['texture'], conditions: [] } }));
    const el = await fixture<Widget>(html`<cit-candidacy-check today="2026-11-22"></cit-candidacy-check>`);
    await settle(el);
    expect(heading(el)).to.equal('Your skin type (optional)');
  });

  for (const [why, stored] of [
    ['a date alone', '2026-03-07'],
    ['markup', '<b>2026-03-07T18:00</b>'],
    ['a year past 2199', '2200-03-07T18:00'],
  ] as const) {
    it(`asks the timeline's patient again after ${why} in storage`, async () => {
      sessionStorage.setItem('cit-recovery-timeline', stored);
      const el = await fixture<Widget>(html`<cit-recovery-timeline now="2026-03-10T09:00"></cit-recovery-timeline>`);
      await settle(el);
      expect(el.shadowRoot?.querySelector('#treated-at')).to.exist;
      expect(sessionStorage.getItem('cit-recovery-timeline')).to.equal(null);
      expect(errors).to.deep.equal([]);
    });
  }

  it('works when storage throws on every read and write (privacy settings, a full quota)', async () => {
    const { getItem, setItem, removeItem } = Storage.prototype;
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
    Storage.prototype.removeItem = refuse;
    try {
      const check = await fixture<Widget>(html`<cit-candidacy-check today="2026-11-22"></cit-candidacy-check>`);
      await settle(check);
      (check.shadowRoot?.querySelector('#concern-texture') as HTMLInputElement).click();
      await settle(check);
      for (let i = 0; i < 3; i++) {
        (check.shadowRoot?.querySelector('button[type="submit"]') as HTMLButtonElement).click();
        await settle(check);
      }
      expect(check.shadowRoot?.querySelector('[part="outcome"]')?.textContent?.trim()).to.equal('Looks like a good fit');
      const timeline = await fixture<Widget>(html`<cit-recovery-timeline now="2026-03-10T09:00"></cit-recovery-timeline>`);
      await settle(timeline);
      (timeline.shadowRoot?.querySelector('#treated-at') as HTMLInputElement).value = '2026-03-07T18:00';
      (timeline.shadowRoot?.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await settle(timeline);
      expect(timeline.shadowRoot?.querySelector('[data-result]')?.textContent).to.contain('Mar 7');
      expect(errors).to.deep.equal([]);
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem, removeItem });
    }
  });
});
