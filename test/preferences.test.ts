import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { define } from '../src/define.js';
import { CitCandidacyCheck } from '../src/elements/cit-candidacy-check/cit-candidacy-check.js';
import '../src/index.js';
import { engine, itWhen, launch } from './browser.js';

define('cit-candidacy-check', CitCandidacyCheck);

// This file runs twice in every engine: as the browser starts by default, and started as a patient
// who asked for reduced motion (and, in Firefox, forced colours): see scripts/browsers.mjs. Each
// run asserts what its launch promises, and first that the browser really was started so.

async function newCheck(): Promise<CitCandidacyCheck> {
  sessionStorage.clear();
  const el = await fixture<CitCandidacyCheck>(html`<cit-candidacy-check today="2026-11-22"></cit-candidacy-check>`);
  await el.updateComplete;
  return el;
}
const $ = (el: CitCandidacyCheck, selector: string) => (el.shadowRoot as ShadowRoot).querySelector(selector) as HTMLElement;

describe(`the patient’s display preferences (${engine}, ${launch.profile} launch)`, () => {
  it('plays the entry animation, and drops it for a patient who asked for reduced motion', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion as launched').to.equal(launch.reducedMotion);
    const el = await newCheck();
    expect(getComputedStyle($(el, 'form')).animationName).to.equal(launch.reducedMotion ? 'none' : 'enter');
  });

  // Chromium emulates forced colours in a running page; Firefox is started in them for the
  // preferences launch; WebKitGTK has no forced colours mode.
  itWhen(engine === 'chromium' || launch.forcedColors, 'marks choices in forced colors', async () => {
    const el = await newCheck();
    ($(el, '#concern-pores') as HTMLInputElement).click();
    await el.updateComplete;
    await executeServerCommand('emulate-forced-colors', 'active');
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      expect(getComputedStyle($(el, 'label[for="concern-pores"]')).outlineStyle).to.equal('solid');
      expect(getComputedStyle($(el, 'label[for="concern-texture"]')).outlineStyle).not.to.equal('solid');
    } finally {
      await executeServerCommand('emulate-forced-colors', launch.forcedColors ? 'active' : 'none');
    }
  });
});
