import { expect } from '@open-wc/testing';
import { issuesOf } from './helpers.js';
import { defaultProtocol, parseProtocol, PROTOCOL_LIMITS } from '../../src/core/protocol.js';

describe('protocol', () => {
  it('holds domain.md defaults', () => {
    expect(defaultProtocol.sessions).to.deep.equal({ intervalWeeks: 4, windowMinWeeks: 4, windowMaxWeeks: 6, maintenanceMonths: 6, eventLeadWeeks: 6 });
    expect(defaultProtocol.plans).to.deep.equal({ refresh: 4, 'acne-scars': 4, significant: 5, 'deep-acne-scars': 6 });
    expect(defaultProtocol.waits).to.deep.equal({ isotretinoinMonths: 6, recentTreatmentWeeks: 4, sunburnHours: 24 });
    expect(defaultProtocol.recovery.makeupHours).to.equal(48);
    expect(defaultProtocol.recovery.workoutHours).to.equal(72);
    expect(defaultProtocol.recovery.sunHours).to.equal(72);
    expect(defaultProtocol.recovery.activesDays).to.equal(7);
    expect(defaultProtocol.recovery.otherTreatmentsWeeks).to.equal(4);
    expect(defaultProtocol.results).to.deep.equal({ firstFromWeeks: 4, firstToWeeks: 6, bestFromMonths: 3, bestToMonths: 6 });
  });

  it('keeps every default inside its own range', () => {
    for (const group of Object.values(PROTOCOL_LIMITS)) {
      for (const limit of Object.values(group)) {
        expect(limit.default).to.be.within(limit.min, limit.max);
      }
    }
  });

  it('is frozen, so a consumer cannot change it for everyone', () => {
    expect(Object.isFrozen(defaultProtocol)).to.be.true;
    expect(Object.isFrozen(defaultProtocol.recovery)).to.be.true;
  });

  it('merges overrides within range onto the defaults, from an object or JSON text', () => {
    const p = parseProtocol({ recovery: { makeupHours: 24 }, sessions: { maintenanceMonths: 12 } });
    expect(p.recovery.makeupHours).to.equal(24);
    expect(p.recovery.workoutHours).to.equal(72);
    expect(p.sessions.maintenanceMonths).to.equal(12);
    expect(parseProtocol('{"plans":{"refresh":3}}').plans.refresh).to.equal(3);
    expect(parseProtocol(undefined)).to.equal(defaultProtocol);
  });

  it('refuses values out of range with the path and the allowed range', () => {
    const [makeup] = issuesOf(() => parseProtocol({ recovery: { makeupHours: 12 } }));
    expect(makeup?.path).to.equal('recovery.makeupHours');
    expect(makeup?.message).to.contain('between 24 and 48 hours').and.contain('“12”');
    const [interval] = issuesOf(() => parseProtocol({ sessions: { intervalWeeks: 3 } }));
    expect(interval?.path).to.equal('sessions.intervalWeeks');
    expect(interval?.message).to.contain('between 4 and 6 weeks');
    const [fixed] = issuesOf(() => parseProtocol({ results: { firstFromWeeks: 2 } }));
    expect(fixed?.message).to.contain('fixed by the sources');
    const [shorter] = issuesOf(() => parseProtocol({ waits: { isotretinoinMonths: 3 } }));
    expect(shorter?.message).to.contain('between 6 and 12 months');
  });

  it('refuses unknown settings, wrong types, fractions, bad JSON and broken orders', () => {
    expect(issuesOf(() => parseProtocol({ recovery: { makeUpHours: 24 } }))[0]?.message).to.contain('unknown field “makeUpHours”');
    expect(issuesOf(() => parseProtocol({ colours: {} }))[0]?.message).to.contain('“colours”');
    expect(issuesOf(() => parseProtocol({ recovery: { makeupHours: '24' } }))[0]?.message).to.contain('must be a number');
    expect(issuesOf(() => parseProtocol({ recovery: { makeupHours: 30.5 } }))[0]?.path).to.equal('recovery.makeupHours');
    expect(issuesOf(() => parseProtocol('{"recovery": ')).at(0)?.message).to.contain('not valid JSON');
    expect(issuesOf(() => parseProtocol([1, 2]))[0]?.message).to.contain('must be an object');
    const [order] = issuesOf(() => parseProtocol({ sessions: { intervalWeeks: 6, windowMaxWeeks: 5 } }));
    expect(order?.path).to.equal('sessions.windowMaxWeeks');
  });
});
