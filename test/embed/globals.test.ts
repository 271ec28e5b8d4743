import { expect, waitUntil } from '@open-wc/testing';
import { completeCheck, engineOf, inShadow, openHost, textOf, type HostWindow } from './host.js';

/**
 * The kit on pages whose global environment was changed before or after it loaded: enumerable
 * properties on Object.prototype and Array.prototype, frozen or pre-set objects that Lit and zod
 * use, and a page-level `let`/`const` named like the kit's global. The kit must work and write to
 * no global it does not own.
 */

/** Option names of the engine, the clinic's settings, Lit and common libraries (beside the manifest's). */
const OPTION_NAMES = [
  // engine inputs and results
  'concerns', 'conditions', 'today', 'isotretinoinLastDose', 'lastTreatmentDate', 'fitzpatrick', 'outcome', 'next', 'reasons', 'waitUntil',
  'preparation', 'start', 'sessions', 'intervalWeeks', 'maintenanceMonths', 'eventDate', 'price', 'moved', 'candidacy', 'event', 'meets',
  'latestStart', 'firstChanges', 'bestResults', 'shorterCourse', 'startIssues', 'eventIssues', 'earliestStart', 'treatedAt', 'now',
  'lastSession', 'activity', 'at', 'appointment', 'min', 'max', 'n', 'date', 'end', 'description', 'alarmMinutesBefore', 'title', 'uid',
  'code', 'limit', 'path', 'message', 'issues', 'context',
  // clinic settings and protocol JSON
  'name', 'bookingUrl', 'consultationUrl', 'phone', 'locale', 'currency', 'prices', 'protocol', 'recovery', 'makeupHours', 'workoutHours',
  'retinolHours', 'sunDays', 'spacing', 'maintenance', 'waits', 'plans', 'hours', 'days', 'weeks', 'months',
  // Lit's property and render options
  'attribute', 'reflect', 'converter', 'type', 'hasChanged', 'noAccessor', 'state', 'useDefault', 'wrapped', 'renderBefore', 'creationScope', 'isConnected', 'host',
  // the localize controller's own fields (not in the manifest: it is no element)
  'merged', 'chosen', 'checked', 'pending',
  // what old libraries add
  'extend', 'each', 'clone', 'equals', 'remove', 'first', 'last', 'keys', 'toJSON', 'id', 'data', 'default', 'options', 'label', 'text', 'url', 'items',
];

/**
 * Members of the browser's own option dictionaries and property descriptors. A page that puts these
 * on Object.prototype changes what every script's `addEventListener(…, { passive })`,
 * `defineProperty` or `attachShadow` does, its own included (README: not something the kit can undo).
 */
const PLATFORM_DICTIONARY_NAMES = ['get', 'set', 'value', 'writable', 'enumerable', 'configurable', 'once', 'passive', 'signal', 'capture', 'mode', 'delegatesFocus', 'slotAssignment', 'clonable', 'serializable', 'customElementRegistry'];

type Engine = { assessCandidacy(input: object): { outcome: string; next: string } };

async function exercise(win: HostWindow, doc: Document): Promise<void> {
  expect(await completeCheck(doc)).to.equal('Looks like a good fit');
  const planner = doc.querySelector('cit-session-planner');
  expect(planner?.shadowRoot?.querySelectorAll('[part="schedule"] tbody tr')).to.have.length(4);
  // The clinic's JSON reached the timeline: make-up after 24 h (treated 2026-11-20 10:00, now the 21st 09:00).
  const timeline = doc.querySelector('cit-recovery-timeline');
  inShadow(timeline, '[part="can-i"] summary').click();
  expect(textOf(timeline)).to.contain('Nov 21, 10:00 AM');
  const engine = await engineOf<Engine>(win);
  expect(engine.assessCandidacy({ concerns: ['fine-lines'], conditions: ['pregnant'], today: '2026-11-22' })).to.deep.include({ outcome: 'wait', next: 'talk-to-clinic' });
  expect(win.__report.errors).to.deep.equal([]);
  expect(win.__report.consoleErrors).to.deep.equal([]);
  expect(win.__report.violations).to.deep.equal([]);
  expect(win.__pageScriptRan).to.be.true;
}

describe('a modified global environment', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('works with enumerable properties added to Object.prototype and Array.prototype before and after it loads', async () => {
    const { win, doc } = await openHost('globals.html', 'env=polluted');
    await exercise(win, doc);
  });

  it('writes no global it does not own: Lit and zod keep their settings to themselves', async () => {
    const { win, doc } = await openHost('globals.html', 'env=polluted');
    await exercise(win, doc);
    for (const name of ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata', '__zod_globalConfig', '__zod_globalRegistry']) {
      expect(Object.prototype.hasOwnProperty.call(win, name), name).to.be.false;
    }
    const ours = Object.keys(win).filter((key) => /^_*(cit|lit|zod|reactiveElement)/i.test(key));
    expect(ours).to.deep.equal(['CitWidgets']);
  });

  it('works when the page froze or pre-set the objects Lit and zod use, and leaves them as they were', async () => {
    const { win, doc } = await openHost('globals.html', 'env=frozen');
    await exercise(win, doc);
    for (const name of ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions']) expect(win[name], name).to.deep.equal([]);
    expect(win.__zod_globalConfig).to.deep.equal({ jitless: false, customError: undefined });
  });

  // Names the kit reads from option objects: every field of every element (from the manifest), the
  // engine's inputs and results, the clinic's settings, Lit's property and render options, and
  // common generic names. Set all at once on Object.prototype, as strings and as typed values
  // (a list for `concerns`, a number for `sessions` …): what a widget shows must not change.
  for (const typed of [false, true]) {
    it(`works with Object.prototype properties named like the kit's and Lit's own options (${typed ? 'typed values' : 'strings'})`, async () => {
      const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { members?: { name: string }[]; attributes?: { name: string }[] }[] }[] };
      const fromManifest = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => [...(d.members ?? []), ...(d.attributes ?? [])].map((f) => f.name));
      const names = [...new Set([...fromManifest, ...OPTION_NAMES])].filter((name) => /^[a-zA-Z]\w*$/.test(name) && !PLATFORM_DICTIONARY_NAMES.includes(name));
      expect(names.length).to.be.greaterThan(80);
      const { win, doc } = await openHost('globals.html', `env=named&typed=${typed}&names=${names.join(',')}`);
      expect(Object.keys((win as unknown as typeof globalThis).Object.prototype)).to.include.members(['concerns', 'bookingUrl', 'converter', 'waitUntil']);
      try {
        await exercise(win, doc);
        // Standalone widgets and a plan with no event or moved sessions read nothing inherited either.
        const planner = doc.querySelector('cit-session-planner');
        expect(textOf(planner)).to.not.contain('javascript').and.not.contain('NaN').and.not.contain('undefined');
        expect(textOf(doc.querySelector('cit-candidacy-check'))).to.not.contain('javascript');
      } finally {
        for (const name of names) delete ((win as unknown as typeof globalThis).Object.prototype as Record<string, unknown>)[name];
      }
    });
  }

  it("works beside a page-level let and const named like the kit's global, which stay the page's", async () => {
    const { win, doc } = await openHost('globals-let.html');
    await exercise(win, doc);
    expect((win.__pageLet as () => string[])()).to.deep.equal(['the page’s own', 'the page’s own']);
  });
});

/** Loads the sandboxed host page with `sandbox` flags; its own script drives the widgets and posts what it saw. */
async function inSandbox(flags: string): Promise<Record<string, unknown>> {
  sessionStorage.clear(); // a same-origin sandbox shares this tab's storage: no answers from earlier tests
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', flags);
  frame.style.width = '800px';
  const report = new Promise<Record<string, unknown>>((resolve) =>
    addEventListener('message', function listen(event: MessageEvent) {
      if (event.source !== frame.contentWindow) return;
      removeEventListener('message', listen);
      resolve(event.data as Record<string, unknown>);
    }),
  );
  frame.src = `/test/embed/sandboxed.html?visit=${Math.random()}`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

function movedOnThroughEveryStep(seen: Record<string, unknown>): void {
  expect(seen.errors).to.deep.equal([]);
  expect(seen.outcome).to.equal('Looks like a good fit');
  expect(seen.timeline).to.contain('Sat, Mar 7, 6:00 PM');
  // Downloads are blocked in both: each reminder also has add-event links.
  expect(seen.reminderLinks).to.be.greaterThan(0);
}

describe('a restricted frame', () => {
  it('moves on at every step in a sandbox without forms or downloads, with calendar links as the fallback', async () => {
    const seen = await inSandbox('allow-scripts allow-same-origin');
    movedOnThroughEveryStep(seen);
    expect(seen.storage).to.equal('available');
  });

  it('moves on at every step in a sandbox without same-origin too, where storage is blocked', async () => {
    const seen = await inSandbox('allow-scripts');
    movedOnThroughEveryStep(seen);
    expect(seen.storage).to.equal('blocked');
  });
});

describe('any value, under the strict CSP', () => {
  it('as any attribute or property of the built elements: each renders and names what it could not take, with no error or violation', async () => {
    const { win } = await openHost('any-value.html');
    await waitUntil(() => typeof win.__anyValue === 'function', 'the page module did not load');
    const failure = await (win.__anyValue as (runs: number) => Promise<string>)(150);
    expect(failure).to.equal('');
    expect(win.__report.errors).to.deep.equal([]);
    expect(win.__report.violations).to.deep.equal([]);
  });
});

describe('properties set before the elements upgrade', () => {
  it('are taken when the kit arrives: a number, Dates and a list', async () => {
    const { win, doc } = await openHost('early-properties.html');
    const planner = doc.querySelector('cit-session-planner');
    expect(planner?.shadowRoot?.querySelectorAll('[part="schedule"] tbody tr')).to.have.length(5);
    expect(textOf(planner)).to.contain('Sat, Jan 31, 2026').and.contain('€1,750');
    expect(planner?.shadowRoot?.querySelector('[part="error"]')).to.equal(null);
    expect(win.__report.errors).to.deep.equal([]);
  });
});

describe('stored state, under the strict CSP', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const seed of ['corrupt', 'older-version', 'tampered', 'duplicates', 'bad-date', 'throws']) {
    it(`starts afresh from ${seed} storage, and the patient still completes the check`, async () => {
      const { win, doc } = await openHost('storage.html', `seed=${seed}`);
      const timeline = doc.querySelector('cit-recovery-timeline');
      expect(timeline?.shadowRoot?.querySelector('#treated-at'), 'the timeline asks for the time').to.exist;
      expect(await completeCheck(doc)).to.equal('Looks like a good fit');
      expect(win.__report.errors).to.deep.equal([]);
      expect(win.__report.violations).to.deep.equal([]);
      expect(win.__pageScriptRan).to.be.true;
    });
  }
});
