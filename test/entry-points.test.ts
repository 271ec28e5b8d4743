import { expect } from '@open-wc/testing';

/**
 * package.json's entry points, from their sources: each registers its own element and nothing
 * else, and the engine none. One page, imported one after another: each import adds exactly one
 * element. (scripts/test-apps.mjs checks the built files, installed from the packed tarball.)
 */
const TAGS = ['cit-clinic', 'cit-candidacy-check', 'cit-recovery-timeline', 'cit-session-planner'] as const;
const defined = (): string[] => TAGS.filter((tag) => customElements.get(tag));

describe('Entry points', () => {
  it('cit-widgets/engine registers no element and exports the engine and the version', async () => {
    const engine = await import('../src/engine.js');
    expect(defined()).to.deep.equal([]);
    expect(engine.version).to.match(/^\d+\.\d+\.\d+/);
    expect(engine.planSessions({ concerns: ['acne-scars'], start: '2027-01-04' }).sessions.map((s) => s.date)).to.deep.equal([
      '2027-01-04',
      '2027-02-01',
      '2027-03-01',
      '2027-03-29',
    ]);
  });

  it('each element entry registers its element alone, and exports its class', async () => {
    const clinic = await import('../src/clinic.js');
    expect(defined()).to.deep.equal(['cit-clinic']);
    expect(customElements.get('cit-clinic')).to.equal(clinic.CitClinic);

    const check = await import('../src/candidacy-check.js');
    expect(defined()).to.deep.equal(['cit-clinic', 'cit-candidacy-check']);
    expect(customElements.get('cit-candidacy-check')).to.equal(check.CitCandidacyCheck);

    const timeline = await import('../src/recovery-timeline.js');
    expect(defined()).to.deep.equal(['cit-clinic', 'cit-candidacy-check', 'cit-recovery-timeline']);
    expect(customElements.get('cit-recovery-timeline')).to.equal(timeline.CitRecoveryTimeline);

    const planner = await import('../src/session-planner.js');
    expect(defined()).to.deep.equal([...TAGS]);
    expect(customElements.get('cit-session-planner')).to.equal(planner.CitSessionPlanner);
  });

  it('the whole kit after the single entries defines nothing twice and warns about nothing', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const kit = await import('../src/index.js');
      expect(customElements.get('cit-session-planner')).to.equal(kit.CitSessionPlanner);
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = original;
    }
  });

  it('an element from a single entry takes the settings of a <cit-clinic> from another', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<cit-clinic currency="EUR" price="300" locale="es"><cit-session-planner concerns="texture" start="2027-01-04" today="2026-12-01"></cit-session-planner></cit-clinic>';
    document.body.append(host);
    try {
      const planner = host.querySelector('cit-session-planner')!;
      await planner.updateComplete;
      expect(planner.plan?.cost).to.deep.equal({ min: 1200, max: 1200, currency: 'EUR' });
      expect(planner.shadowRoot?.textContent).to.contain('sesiones');
    } finally {
      host.remove();
    }
  });
});
