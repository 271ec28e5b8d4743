import { consume } from '@lit/context';
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { defaultProtocol } from '../../src/core/protocol.js';
import { clinicContext, type ClinicSettings } from '../../src/context.js';
import { define } from '../../src/define.js';
import '../../src/index.js';
import type { CitCandidacyCheck } from '../../src/elements/cit-candidacy-check/cit-candidacy-check.js';
import type { CitClinic } from '../../src/elements/cit-clinic/cit-clinic.js';

/** A stand-in widget: records every settings value it is given. */
class TestConsumer extends LitElement {
  @consume({ context: clinicContext, subscribe: true })
  @state()
  clinic?: ClinicSettings;
  received: (ClinicSettings | undefined)[] = [];
  protected override willUpdate(): void {
    if (this.received.at(-1) !== this.clinic) this.received.push(this.clinic);
  }
}
define('test-consumer', TestConsumer);

/** A consumer inside another element's shadow root, to prove the context crosses it. */
class TestShadowWrapper extends LitElement {
  protected override render() {
    return html`<section><test-consumer></test-consumer></section>`;
  }
}
define('test-shadow-wrapper', TestShadowWrapper);

const problemsOf = (el: CitClinic) => el.shadowRoot?.querySelector('[part="error"]');

function spyConsoleError() {
  const calls: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console.error = original) };
}

describe('<cit-clinic>', () => {
  it('gives its settings to a nested consumer, through another shadow root', async () => {
    const el = await fixture<CitClinic>(html`
      <cit-clinic name="Clínica Piel" booking-url="https://clinic.example/book?d={date}" phone="+34 600 123 456" locale="es-ES" currency="eur" price="150-600">
        <div><test-shadow-wrapper></test-shadow-wrapper></div>
      </cit-clinic>
    `);
    const wrapper = el.querySelector('test-shadow-wrapper') as TestShadowWrapper;
    await wrapper.updateComplete;
    const consumer = wrapper.shadowRoot?.querySelector('test-consumer') as TestConsumer;
    await consumer.updateComplete;
    expect(consumer.clinic).to.deep.equal({
      name: 'Clínica Piel',
      bookingUrl: 'https://clinic.example/book?d={date}',
      phone: '+34 600 123 456',
      locale: 'es-ES',
      currency: 'EUR',
      price: { min: 150, max: 600 },
      protocol: defaultProtocol,
      shareCandidacy: consumer.clinic?.shareCandidacy,
    });
    expect(consumer.clinic?.shareCandidacy).to.be.a('function');
    expect(problemsOf(el)).to.equal(null);
  });

  it('replaces the value on change, never mutating the one consumers hold', async () => {
    const el = await fixture<CitClinic>(html`<cit-clinic name="A" currency="USD" price="350"><test-consumer></test-consumer></cit-clinic>`);
    const consumer = el.querySelector('test-consumer') as TestConsumer;
    await consumer.updateComplete;
    const first = consumer.clinic as ClinicSettings;
    expect(first.price).to.deep.equal({ min: 350, max: 350 });
    el.setAttribute('name', 'B');
    await el.updateComplete;
    await consumer.updateComplete;
    expect(consumer.clinic).not.to.equal(first);
    expect(consumer.clinic?.name).to.equal('B');
    expect(first.name).to.equal('A');
    expect(Object.isFrozen(first)).to.be.true;
  });

  it('shares a completed candidacy with every widget inside, as a new value', async () => {
    const el = await fixture<CitClinic>(html`<cit-clinic><test-consumer></test-consumer></cit-clinic>`);
    const consumer = el.querySelector('test-consumer') as TestConsumer;
    await consumer.updateComplete;
    const before = consumer.clinic as ClinicSettings;
    expect(before.candidacy).to.equal(undefined);
    before.shareCandidacy?.({ concerns: ['acne-scars', 'pores'], plan: 'scars', outcome: 'good-fit', reasons: [] });
    await waitUntil(() => consumer.clinic !== before, 'no new value after sharing');
    expect(consumer.clinic?.candidacy).to.deep.equal({ concerns: ['acne-scars', 'pores'], plan: 'scars', outcome: 'good-fit', reasons: [] });
    expect(before.candidacy).to.equal(undefined);
  });

  it('sets no locale of its own without the attribute: its widgets follow the page language', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'es-MX';
    try {
      const el = await fixture<CitClinic>(html`<cit-clinic><test-consumer></test-consumer><cit-candidacy-check></cit-candidacy-check></cit-clinic>`);
      const consumer = el.querySelector('test-consumer') as TestConsumer;
      await consumer.updateComplete;
      expect(consumer.clinic).not.to.have.property('locale');
      const check = el.querySelector('cit-candidacy-check') as CitCandidacyCheck;
      await check.updateComplete;
      expect(check.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang')).to.equal('es');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('reads protocol overrides from a child JSON script, also when it arrives later', async () => {
    const el = await fixture<CitClinic>(html`<cit-clinic>
      <script type="application/json">{ "recovery": { "makeupHours": 24 } }</script>
      <test-consumer></test-consumer>
    </cit-clinic>`);
    const consumer = el.querySelector('test-consumer') as TestConsumer;
    await consumer.updateComplete;
    expect(consumer.clinic?.protocol.recovery.makeupHours).to.equal(24);
    expect(consumer.clinic?.protocol.recovery.workoutHours).to.equal(72);
    (el.querySelector('script') as HTMLScriptElement).textContent = '{ "sessions": { "maintenanceMonths": 6 } }';
    await waitUntil(() => consumer.clinic?.protocol.sessions.maintenanceMonths === 6, 'protocol update not received');
    expect(consumer.clinic?.protocol.recovery.makeupHours).to.equal(48);
  });

  it('holds its widgets until its protocol is read: no render ever shows the defaults it overrides', async () => {
    const { CitRecoveryTimeline } = await import('../../src/elements/cit-recovery-timeline/cit-recovery-timeline.js');
    const proto = CitRecoveryTimeline.prototype as unknown as { render(this: { clinic?: ClinicSettings }): unknown };
    const render = proto.render;
    const seen: (number | undefined)[] = [];
    proto.render = function (this: { clinic?: ClinicSettings }) {
      seen.push(this.clinic?.protocol.recovery.makeupHours);
      return render.call(this);
    };
    try {
      const el = await fixture<CitClinic>(html`<cit-clinic>
        <script type="application/json">{ "recovery": { "makeupHours": 30 } }</script>
        <cit-recovery-timeline treated-at="2026-03-07T18:00" now="2026-03-08T09:00"></cit-recovery-timeline>
      </cit-clinic>`);
      const timeline = el.querySelector('cit-recovery-timeline') as HTMLElement & { updateComplete: Promise<boolean> };
      await timeline.updateComplete;
      expect(seen.length, 'the timeline rendered').to.be.greaterThan(0);
      expect(seen, 'every render had the clinic’s 30 hours').to.deep.equal(seen.map(() => 30));
    } finally {
      proto.render = render;
    }
  });

  it('keeps the page running when it is removed while it reads its JSON', async () => {
    for (const json of ['{ "recovery": { "makeupHours": 36 } }', '{ "messages": { "en": { "disclaimer": "Ask us first." } }, "sessions": { "intervalWeeks": 5 } }']) {
      const host = document.createElement('div');
      const clinic = document.createElement('cit-clinic') as CitClinic;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      clinic.append(script, document.createElement('cit-candidacy-check'), document.createElement('cit-session-planner'), document.createElement('cit-recovery-timeline'));
      host.append(clinic);
      document.body.append(host);
      // Its first update hands the widgets a read on its way; out of the page they no longer hear the clinic.
      while (!clinic.hasUpdated) await Promise.resolve();
      expect(clinic.settings.messages, json).to.be.instanceOf(Promise);
      host.remove();
      // A widget that waited again and again for the settled read would hold the main thread: no timer would fire.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await nextFrame();
    }
  });

  it('shows bad attributes by name and value, logs them once, and keeps the good ones', async () => {
    const spy = spyConsoleError();
    try {
      const el = await fixture<CitClinic>(html`<cit-clinic name="Good name" booking-url="javascript:alert(1)" currency="EURO" price="cheap" locale="not a locale!" phone="call us"><test-consumer></test-consumer></cit-clinic>`);
      const consumer = el.querySelector('test-consumer') as TestConsumer;
      await consumer.updateComplete;
      const box = problemsOf(el) as HTMLElement;
      expect(box).to.exist;
      const text = box.textContent ?? '';
      for (const fragment of ['booking-url: “javascript:alert(1)” is not an http or https address', 'currency: “EURO”', 'price: “cheap”', 'locale: “not a locale!”', 'phone: “call us”']) {
        expect(text).to.contain(fragment);
      }
      expect(box.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(consumer.clinic?.name).to.equal('Good name');
      expect(consumer.clinic).not.to.have.property('bookingUrl');
      expect(consumer.clinic?.protocol).to.equal(defaultProtocol);
      expect(spy.calls).to.have.length(1);
      expect(spy.calls[0]).to.contain('booking-url').and.contain('javascript:alert(1)');
      el.requestUpdate();
      await el.updateComplete;
      expect(spy.calls).to.have.length(1); // same problems, no second log
    } finally {
      spy.restore();
    }
  });

  it('shows a bad protocol JSON with its path and range, and uses the defaults', async () => {
    const spy = spyConsoleError();
    try {
      const el = await fixture<CitClinic>(html`<cit-clinic>
        <script type="application/json">{ "recovery": { "makeupHours": 6 } }</script>
        <test-consumer></test-consumer>
      </cit-clinic>`);
      const consumer = el.querySelector('test-consumer') as TestConsumer;
      await consumer.updateComplete;
      expect(problemsOf(el)?.textContent).to.contain('protocol JSON recovery.makeupHours: must be between 24 and 192 hours, not “6”');
      expect(consumer.clinic?.protocol).to.equal(defaultProtocol);
      (el.querySelector('script') as HTMLScriptElement).textContent = '{ not json';
      await waitUntil(() => problemsOf(el)?.textContent?.includes('not valid JSON'), 'JSON syntax error not shown');
      expect(spy.calls).to.have.length(2);
    } finally {
      spy.restore();
    }
  });

  it('keeps a huge protocol JSON short: the first problems and a count, unknown fields named a few at a time', async () => {
    const spy = spyConsoleError();
    try {
      const itemsOf = (el: CitClinic) => [...(problemsOf(el)?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim() ?? '');
      const unknown = JSON.stringify(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`field${i}`, i])));
      const manyFields = await fixture<CitClinic>(html`<cit-clinic><script type="application/json">${unknown}</script></cit-clinic>`);
      expect(itemsOf(manyFields)).to.deep.equal(['protocol JSON: has unknown fields “field0”, “field1”, “field2”, “field3”, “field4” and 4995 more']);
      const wrong = JSON.stringify({ recovery: { makeupHours: 1, workoutHours: 2, sunHours: 3, activesDays: 0, hairBackHours: 1 } });
      const manyProblems = await fixture<CitClinic>(html`<cit-clinic><script type="application/json">${wrong}</script></cit-clinic>`);
      const items = itemsOf(manyProblems);
      expect(items).to.have.length(4);
      expect(items[0]).to.contain('recovery.makeupHours');
      expect(items[3]).to.equal('protocol JSON: and 2 more problems');
      for (const el of [manyFields, manyProblems]) expect(problemsOf(el)?.textContent?.length).to.be.below(800);
    } finally {
      spy.restore();
    }
  });

  it('names numbers beyond JSON’s range as they are, and deep nesting as a problem, not a crash', async () => {
    const spy = spyConsoleError();
    try {
      const el = await fixture<CitClinic>(html`<cit-clinic><script type="application/json">{ "recovery": { "makeupHours": 1e400, "sunHours": -1e400 } }</script></cit-clinic>`);
      const text = problemsOf(el)?.textContent ?? '';
      expect(text).to.contain('recovery.makeupHours: “Infinity” is not a finite number');
      expect(text).to.contain('recovery.sunHours: “-Infinity” is not a finite number');
      const deep = `${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}`;
      const nested = await fixture<CitClinic>(html`<cit-clinic><script type="application/json">${deep}</script></cit-clinic>`);
      expect(problemsOf(nested)?.textContent).to.contain('protocol JSON');
    } finally {
      spy.restore();
    }
  });

  it('reports a second JSON script, or one nested deeper, instead of ignoring it in silence', async () => {
    const spy = spyConsoleError();
    try {
      const two = await fixture<CitClinic>(html`<cit-clinic>
        <script type="application/json">{ "recovery": { "makeupHours": 24 } }</script>
        <script type="application/json">{ "recovery": { "sunHours": 168 } }</script>
        <test-consumer></test-consumer>
      </cit-clinic>`);
      expect(problemsOf(two)?.textContent).to.contain('2 JSON scripts; only the first is read');
      expect((two.querySelector('test-consumer') as TestConsumer).clinic?.protocol.recovery.makeupHours).to.equal(24);
      const misplaced = await fixture<CitClinic>(html`<cit-clinic><div><script type="application/json">{ "recovery": { "sunHours": 168 } }</script></div></cit-clinic>`);
      expect(problemsOf(misplaced)?.textContent).to.contain('not directly inside <cit-clinic>');
    } finally {
      spy.restore();
    }
  });

  it('follows a change of the page language, as widgets alone do', async () => {
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en';
      const el = await fixture<CitClinic>(html`<cit-clinic><cit-candidacy-check></cit-candidacy-check></cit-clinic>`);
      const check = el.querySelector('cit-candidacy-check') as CitCandidacyCheck;
      const langOf = (widget: Element) => widget.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang');
      await check.updateComplete;
      expect(langOf(check)).to.equal('en');
      document.documentElement.lang = 'es';
      await waitUntil(() => langOf(check) === 'es', 'the widget did not follow the page language');
      const fixed = await fixture<CitClinic>(html`<cit-clinic locale="es"><cit-candidacy-check></cit-candidacy-check></cit-clinic>`);
      document.documentElement.lang = 'en';
      await new Promise((r) => setTimeout(r, 50));
      expect(langOf(fixed.querySelector('cit-candidacy-check') as Element)).to.equal('es');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('takes a booking link only as an absolute http or https address with a host, quoting a refused one once', async () => {
    const spy = spyConsoleError();
    try {
      for (const url of ['?book', '#book', '/book', '//evil.example/book', 'javascript:alert(1)', 'data:text/html,hi', 'https://', 'ftp://clinic.example', 'mailto:desk@clinic.example']) {
        const el = await fixture<CitClinic>(html`<cit-clinic booking-url=${url}><test-consumer></test-consumer></cit-clinic>`);
        const consumer = el.querySelector('test-consumer') as TestConsumer;
        await consumer.updateComplete;
        expect(consumer.clinic, url).not.to.have.property('bookingUrl');
        const text = problemsOf(el)?.textContent ?? '';
        expect(text.split(`“${url.trim()}”`).length - 1, url).to.equal(1);
      }
      for (const url of ['https://clinic.example/book?d={date}', 'http://localhost:8080/book']) {
        const el = await fixture<CitClinic>(html`<cit-clinic booking-url=${url}><test-consumer></test-consumer></cit-clinic>`);
        const consumer = el.querySelector('test-consumer') as TestConsumer;
        await consumer.updateComplete;
        expect(consumer.clinic?.bookingUrl, url).to.equal(url);
      }
    } finally {
      spy.restore();
    }
  });

  it('asks for a currency when a price is given without one', async () => {
    const spy = spyConsoleError();
    try {
      const el = await fixture<CitClinic>(html`<cit-clinic price="350"></cit-clinic>`);
      expect(problemsOf(el)?.textContent).to.contain('needs a currency');
    } finally {
      spy.restore();
    }
  });

  it('quotes a 10 000-character value short and renders markup in values as text', async () => {
    const spy = spyConsoleError();
    try {
      const el = await fixture<CitClinic>(html`<cit-clinic phone=${'<img src=x onerror=alert(1)>'} name=${'x'.repeat(10_000)}></cit-clinic>`);
      const box = problemsOf(el) as HTMLElement;
      expect(box.querySelector('img')).to.equal(null);
      expect(box.textContent).to.contain('phone: “<img src=x onerror=alert(1)>”');
      expect((box.textContent ?? '').length).to.be.lessThan(1000);
    } finally {
      spy.restore();
    }
  });

  it('passes axe, with and without the problems box', async () => {
    const ok = await fixture<CitClinic>(html`<cit-clinic name="Clinic"><p>Content</p></cit-clinic>`);
    await expect(ok).to.be.accessible();
    const spy = spyConsoleError();
    try {
      const bad = await fixture<CitClinic>(html`<cit-clinic booking-url="ftp://x"><p>Content</p></cit-clinic>`);
      await nextFrame();
      await expect(bad).to.be.accessible();
    } finally {
      spy.restore();
    }
  });

  it('keeps its box under a hostile page rule', async () => {
    const style = document.createElement('style');
    style.textContent = '* { all: unset !important; display: inline !important; } cit-clinic { display: none; }';
    document.head.append(style);
    try {
      const spy = spyConsoleError();
      const el = await fixture<CitClinic>(html`<cit-clinic price="1"></cit-clinic>`);
      spy.restore();
      expect(getComputedStyle(el).display).to.equal('block');
      expect(getComputedStyle(problemsOf(el) as Element).display).to.equal('block');
    } finally {
      style.remove();
    }
  });

  it('tolerates being defined twice', () => {
    const existing = customElements.get('cit-clinic');
    expect(() => define('cit-clinic', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('cit-clinic')).to.equal(existing);
  });
});

describe('phone numbers with an extension', () => {
  it('takes “ext. 12”, “x12” and “#12” after a number, and calls it with ;ext= (RFC 3966)', async () => {
    const { telUrl, phoneAttribute } = await import('../../src/elements/attributes.js');
    for (const [phone, tel] of [
      ['+1 555 0100 ext. 12', 'tel:+15550100;ext=12'],
      ['+1 (555) 0100 x12', 'tel:+15550100;ext=12'],
      ['020 7946 0000 #4', 'tel:02079460000;ext=4'],
      ['+34 910 000 000', 'tel:+34910000000'],
    ]) {
      expect(phoneAttribute().safeParse(phone).success, phone).to.be.true;
      expect(telUrl(phone), phone).to.equal(tel);
    }
    for (const bad of ['ext. 12', '12 ext.', 'call us x1', '+1 555 0100 ext. 1234567']) expect(phoneAttribute().safeParse(bad).success, bad).to.be.false;
    const wrapper = await fixture<HTMLElement>(html`<cit-clinic phone="+1 555 0100 ext. 12"><cit-recovery-timeline treated-at="2026-03-07T18:00" now="2026-03-10T09:00"></cit-recovery-timeline></cit-clinic>`);
    const timeline = wrapper.querySelector('cit-recovery-timeline') as HTMLElement & { updateComplete: Promise<boolean> };
    await timeline.updateComplete;
    await timeline.updateComplete;
    expect((timeline.shadowRoot?.querySelector('a[href^="tel:"]') as HTMLAnchorElement).getAttribute('href')).to.equal('tel:+15550100;ext=12');
  });
});
