import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { issuesOf } from './helpers.js';
import { assessCandidacy, canI, planSessions, recoveryTimeline } from '../../src/core/checked.js';
import { ACTIVITIES } from '../../src/core/domain.js';
import { defaultProtocol, PROTOCOL_LIMITS, type ProtocolOverrides } from '../../src/core/protocol.js';
import { parseProtocol } from '../../src/core/protocol-reader.js';

/**
 * domain.md "What a clinic may change", written out here by hand rather than read from the code:
 * each restriction or wait from the least conservative value any source gives up to four times
 * its default; counts within each plan's range; maintenance 6–12 months; the event lead 4–6
 * weeks; expectations fixed. [least, most] for each setting.
 */
const DOMAIN_BOUNDS: Record<string, readonly [number, number]> = {
  'sessions.intervalWeeks': [4, 16],
  'sessions.windowMinWeeks': [4, 16],
  'sessions.windowMaxWeeks': [6, 24],
  'sessions.maintenanceMonths': [6, 12],
  'sessions.eventLeadWeeks': [4, 6],
  'plans.refresh': [3, 4],
  'plans.scars': [3, 6],
  'plans.significant': [5, 8],
  'plans.deep-acne-scars': [6, 8],
  'results.firstFromWeeks': [4, 4],
  'results.firstToWeeks': [6, 6],
  'results.bestFromMonths': [3, 3],
  'results.bestToMonths': [6, 6],
  'waits.isotretinoinMonths': [6, 24],
  'waits.recentTreatmentWeeks': [4, 16],
  'recovery.rednessSettlesHours': [72, 72],
  'recovery.makeupHours': [24, 192],
  'recovery.workoutHours': [48, 288],
  'recovery.sunHours': [48, 288],
  'recovery.gentleRoutineHours': [72, 288],
  'recovery.hairBackHours': [48, 192],
  'recovery.activesDays': [3, 28],
  'recovery.flakingFromHours': [48, 48],
  'recovery.flakingToHours': [96, 96],
  'recovery.normalFromHours': [96, 96],
  'recovery.normalToDays': [7, 7],
  'recovery.toneFromWeeks': [1, 1],
  'recovery.toneToWeeks': [2, 2],
  'recovery.otherTreatmentsWeeks': [4, 16],
  'recovery.remodelingMonths': [12, 12],
  'preparation.hours': [24, 24],
};

const settings = Object.entries(PROTOCOL_LIMITS).flatMap(([group, limits]) => Object.keys(limits).map((key) => [group, key] as const));

function override(group: string, key: string, value: number): ProtocolOverrides {
  return { [group]: { [key]: value } } as ProtocolOverrides;
}

function accepted(overrides: ProtocolOverrides): boolean {
  try {
    parseProtocol(overrides);
    return true;
  } catch {
    return false;
  }
}

describe('protocol', () => {
  it('holds domain.md defaults', () => {
    expect(defaultProtocol.sessions).to.deep.equal({ intervalWeeks: 4, windowMinWeeks: 4, windowMaxWeeks: 6, maintenanceMonths: 12, eventLeadWeeks: 6 });
    expect(defaultProtocol.plans).to.deep.equal({ refresh: 4, scars: 4, significant: 5, 'deep-acne-scars': 6 });
    expect(defaultProtocol.waits).to.deep.equal({ isotretinoinMonths: 6, recentTreatmentWeeks: 4 });
    expect(defaultProtocol.recovery.rednessSettlesHours).to.equal(72);
    expect(defaultProtocol.preparation.hours).to.equal(24);
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
    const p = parseProtocol({ recovery: { makeupHours: 24 }, sessions: { maintenanceMonths: 6 } });
    expect(p.recovery.makeupHours).to.equal(24);
    expect(p.recovery.workoutHours).to.equal(72);
    expect(p.sessions.maintenanceMonths).to.equal(6);
    expect(parseProtocol('{"plans":{"refresh":3}}').plans.refresh).to.equal(3);
    expect(parseProtocol(undefined)).to.equal(defaultProtocol);
  });

  it('refuses values out of range with the path and the allowed range', () => {
    const [makeup] = issuesOf(() => parseProtocol({ recovery: { makeupHours: 12 } }));
    expect(makeup?.path).to.equal('recovery.makeupHours');
    expect(makeup?.message).to.contain('between 24 and 192 hours').and.contain('“12”');
    const [interval] = issuesOf(() => parseProtocol({ sessions: { intervalWeeks: 3 } }));
    expect(interval?.path).to.equal('sessions.intervalWeeks');
    expect(interval?.message).to.contain('between 4 and 16 weeks');
    const [fixed] = issuesOf(() => parseProtocol({ results: { firstFromWeeks: 2 } }));
    expect(fixed?.message).to.contain('fixed');
    const [shorter] = issuesOf(() => parseProtocol({ waits: { isotretinoinMonths: 3 } }));
    expect(shorter?.message).to.contain('between 6 and 24 months');
    expect(issuesOf(() => parseProtocol({ recovery: { rednessSettlesHours: 48 } }))[0]?.path).to.equal('recovery.rednessSettlesHours');
    expect(issuesOf(() => parseProtocol({ waits: { sunburnHours: 24 } }))[0]?.message).to.contain('unknown field “sunburnHours”');
  });

  it('accepts a stricter clinic: a week without sun, two weeks without makeup, 8 weeks between sessions', () => {
    const p = parseProtocol({ recovery: { sunHours: 168, makeupHours: 96 }, sessions: { windowMinWeeks: 8, intervalWeeks: 8, windowMaxWeeks: 10 } });
    expect(p.recovery.sunHours).to.equal(168);
    expect(canI('sun', { treatedAt: '2026-03-07T18:00', at: '2026-03-14T17:59' }, p).allowed).to.be.false;
    expect(canI('sun', { treatedAt: '2026-03-07T18:00', at: '2026-03-14T18:00' }, p).allowed).to.be.true;
    expect(planSessions({ concerns: ['texture'], start: '2026-01-05' }, p).sessions[1]?.date).to.equal('2026-03-02');
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

  it('accepts exactly the settings domain.md allows, and nothing outside its bounds', () => {
    expect(settings.map(([g, k]) => `${g}.${k}`).sort()).to.deep.equal(Object.keys(DOMAIN_BOUNDS).sort());
    fc.assert(
      fc.property(fc.constantFrom(...settings), fc.integer({ min: -5, max: 400 }), ([group, key], value) => {
        const [least, most] = DOMAIN_BOUNDS[`${group}.${key}`] as readonly [number, number];
        // The spacing settings must also keep their order; tried with the others at their widest.
        const overrides =
          group === 'sessions' && ['intervalWeeks', 'windowMinWeeks', 'windowMaxWeeks'].includes(key)
            ? ({ sessions: { windowMinWeeks: 4, intervalWeeks: key === 'windowMinWeeks' ? Math.min(Math.max(value, 4), 16) : 4, windowMaxWeeks: 24, [key]: value } } as ProtocolOverrides)
            : override(group, key, value);
        return accepted(overrides) === (value >= least && value <= most);
      }),
      { numRuns: 2000 },
    );
  });

  it('never gives an earlier "allowed" time or wait end for a stricter setting', () => {
    const restrictions = [
      ['recovery', 'makeupHours'],
      ['recovery', 'workoutHours'],
      ['recovery', 'sunHours'],
      ['recovery', 'activesDays'],
      ['recovery', 'otherTreatmentsWeeks'],
      ['sessions', 'windowMinWeeks'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...restrictions), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.constantFrom(...ACTIVITIES), ([group, key], a, b, activity) => {
        const [least, most] = DOMAIN_BOUNDS[`${group}.${key}`] as readonly [number, number];
        const lower = least + (Math.min(a, b) % (most - least + 1));
        const higher = Math.min(most, lower + Math.abs(a - b));
        const protocol = (value: number) =>
          group === 'sessions' ? parseProtocol({ sessions: { windowMinWeeks: value, intervalWeeks: value, windowMaxWeeks: Math.max(value, 6) } }) : parseProtocol(override(group, key, value));
        const treatedAt = '2026-03-07T18:00';
        return canI(activity, { treatedAt, at: treatedAt }, protocol(higher)).from >= canI(activity, { treatedAt, at: treatedAt }, protocol(lower)).from;
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 24 }), fc.integer({ min: 6, max: 24 }), fc.integer({ min: 4, max: 16 }), fc.integer({ min: 4, max: 16 }), (m1, m2, w1, w2) => {
        const input = { concerns: ['fine-lines' as const], conditions: [], isotretinoinLastDose: '2026-11-20', lastTreatmentDate: '2026-11-25', today: '2026-12-01' };
        const loose = assessCandidacy(input, { waits: { isotretinoinMonths: Math.min(m1, m2), recentTreatmentWeeks: Math.min(w1, w2) } });
        const strict = assessCandidacy(input, { waits: { isotretinoinMonths: Math.max(m1, m2), recentTreatmentWeeks: Math.max(w1, w2) } });
        return (strict.waitUntil as string) >= (loose.waitUntil as string);
      }),
    );
  });

  it('fixes every expectation: no clinic setting moves how skin heals or when results show', () => {
    const expectations = ['sunburn-look', 'dark-spots', 'redness-settles', 'flaking', 'back-to-normal', 'brighter-tone', 'visible-results', 'best-results', 'remodeling'];
    const strictest = parseProtocol({ recovery: { makeupHours: 192, workoutHours: 288, sunHours: 288, gentleRoutineHours: 288, hairBackHours: 192, activesDays: 28, otherTreatmentsWeeks: 16 } });
    const pick = (p?: typeof strictest) => recoveryTimeline({ treatedAt: '2026-03-07T18:00', lastSession: true }, p).milestones.filter((m) => expectations.includes(m.id));
    expect(pick(strictest)).to.deep.equal(pick());
  });
});
