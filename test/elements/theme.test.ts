import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { itIn } from '../browser.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const WIDGETS = [
  '<cit-candidacy-check today="2026-11-22"></cit-candidacy-check>',
  '<cit-recovery-timeline treated-at="2026-03-07T18:00" now="2026-03-10T09:00"></cit-recovery-timeline>',
  '<cit-session-planner today="2026-01-10" concerns="acne-scars" start="2026-01-31" event-date="2026-05-01"></cit-session-planner>',
];
const DARK = { surface: 'rgb(17, 26, 29)', text: 'rgb(230, 237, 240)' };
const LIGHT = { surface: 'rgb(255, 255, 255)', text: 'rgb(29, 42, 48)' };

async function settled(root: Element): Promise<void> {
  for (const el of [root, ...root.querySelectorAll('*')] as Widget[]) await el.updateComplete;
  for (const el of [root, ...root.querySelectorAll('*')] as Widget[]) await el.updateComplete;
}
const base = (el: Element) => el.shadowRoot?.querySelector('[part="base"]') as HTMLElement;
const colours = (el: Element) => {
  const style = getComputedStyle(base(el));
  return { surface: style.backgroundColor, text: style.color, scheme: style.colorScheme };
};

describe('themes', () => {
  for (const markup of WIDGETS) {
    const tag = /<([a-z-]+)/.exec(markup)?.[1] as string;

    it(`${tag}: theme="dark" gives the dark tokens and a dark color-scheme on the widget only, and passes axe`, async () => {
      const pageScheme = getComputedStyle(document.documentElement).colorScheme;
      const wrapper = await fixture<HTMLElement>(`<div>${markup.replace('><', ' theme="dark"><')}</div>`);
      await settled(wrapper);
      const el = wrapper.firstElementChild as Widget;
      expect(colours(el)).to.deep.equal({ ...DARK, scheme: 'dark' });
      expect(getComputedStyle(document.documentElement).colorScheme).to.equal(pageScheme);
      await Promise.all((el.shadowRoot as ShadowRoot).getAnimations().map((animation) => animation.finished));
      await expect(el).to.be.accessible();
    });
  }

  it('takes the clinic’s theme, a widget’s own first, and the page’s tokens over either palette', async () => {
    const wrapper = await fixture<HTMLElement>(`<cit-clinic theme="dark">${WIDGETS[0]}${WIDGETS[1]?.replace('><', ' theme="light"><')}</cit-clinic>`);
    await settled(wrapper);
    const [check, timeline] = [wrapper.querySelector('cit-candidacy-check') as Widget, wrapper.querySelector('cit-recovery-timeline') as Widget];
    expect(colours(check)).to.deep.equal({ ...DARK, scheme: 'dark' });
    expect(colours(timeline)).to.deep.equal({ ...LIGHT, scheme: 'light' });
    wrapper.style.setProperty('--cit-color-surface', '#202020');
    expect(colours(check).surface).to.equal('rgb(32, 32, 32)');
    wrapper.setAttribute('theme', 'light');
    await settled(wrapper);
    expect(colours(check)).to.deep.equal({ surface: 'rgb(32, 32, 32)', text: LIGHT.text, scheme: 'light' });
  });

  // Switching the device's preference in an open page needs CDP: Chromium only.
  itIn(['chromium'], 'theme="auto" follows the device’s preference', async () => {
    const el = await fixture<Widget>(WIDGETS[1]?.replace('><', ' theme="auto"><') as string);
    await settled(el);
    try {
      await emulateMedia({ colorScheme: 'light' });
      expect(colours(el)).to.deep.equal({ ...LIGHT, scheme: 'light' });
      await emulateMedia({ colorScheme: 'dark' });
      expect(colours(el)).to.deep.equal({ ...DARK, scheme: 'dark' });
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('names a theme it does not know, and stays light', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const el = await fixture<Widget>('<cit-candidacy-check theme="midnight"></cit-candidacy-check>');
      await settled(el);
      expect(el.shadowRoot?.querySelector('[part="error"]')?.textContent).to.contain('theme: “midnight” is not a theme: light, dark or auto');
      expect(colours(el)).to.deep.equal({ ...LIGHT, scheme: 'light' });
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });
});

describe('heading-level', () => {
  const levels = (el: Element) => [...(el.shadowRoot as ShadowRoot).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));

  it('puts each widget’s title at the level asked for and its sections one below, h3 and h4 by default', async () => {
    for (const markup of WIDGETS) {
      const plain = await fixture<Widget>(markup);
      await settled(plain);
      expect(Math.min(...levels(plain)), markup).to.equal(3);
      for (const level of [1, 2, 5, 6]) {
        const el = await fixture<Widget>(markup.replace('><', ` heading-level="${level}"><`));
        await settled(el);
        const found = levels(el);
        expect(Math.min(...found), `${markup} at ${level}`).to.equal(level);
        for (const each of found) expect([level, Math.min(level + 1, 6)], markup).to.include(each);
        if (level < 6 && !markup.includes('candidacy')) expect(found, `${markup}: its sections`).to.include(level + 1);
      }
    }
  });

  it('names a level out of 1–6 and keeps the default', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const el = await fixture<Widget>(`${WIDGETS[2]?.replace('><', ' heading-level="7"><')}`);
      await settled(el);
      expect(el.shadowRoot?.querySelector('[part="error"]')?.textContent).to.contain('heading-level: “7” is not a heading level from 1 to 6');
      expect(Math.min(...levels(el))).to.equal(3);
    } finally {
      console.error = original;
    }
  });
});
