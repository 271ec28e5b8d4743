import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { CandidacyInput } from '../../src/core/candidacy.js';
import { assessCandidacy } from '../../src/core/checked.js';
import { CONCERNS, CONDITIONS, OUTCOMES, type Condition } from '../../src/core/domain.js';
import { issuesOf } from './helpers.js';

const today = '2026-11-22';
const base: CandidacyInput = { concerns: ['fine-lines'], conditions: [], today };

describe('assessCandidacy', () => {
  it('answers every concern of domain.md on its own, with its plan', () => {
    const expected: Record<(typeof CONCERNS)[number], [string, string | undefined]> = {
      'fine-lines': ['good-fit', 'refresh'],
      'deep-wrinkles': ['good-fit', 'significant'],
      'acne-scars': ['good-fit', 'scars'],
      'acne-scars-deep': ['good-fit', 'deep-acne-scars'],
      'other-scars': ['good-fit', 'scars'],
      texture: ['good-fit', 'refresh'],
      pores: ['good-fit', 'refresh'],
      'dull-tone': ['good-fit', 'refresh'],
      pigmentation: ['good-fit', 'refresh'],
      'stretch-marks': ['good-fit', 'significant'],
      'loose-skin': ['good-fit', 'significant'],
      'active-acne': ['wait', undefined],
      'raised-scars': ['consult', undefined],
    };
    for (const concern of CONCERNS) {
      const result = assessCandidacy({ concerns: [concern], conditions: [], today });
      expect([result.outcome, result.plan], concern).to.deep.equal(expected[concern]);
    }
  });

  it('answers every condition of domain.md on its own', () => {
    const expected: Record<Condition, string> = {
      'active-acne': 'wait',
      'active-infection': 'wait',
      flare: 'wait',
      'unhealed-wound': 'wait',
      sunburn: 'wait',
      isotretinoin: 'wait',
      'recent-treatment': 'wait',
      pregnant: 'wait',
      nursing: 'wait',
      'chronic-skin': 'consult',
      keloid: 'consult',
      bleeding: 'consult',
      'poor-healing': 'consult',
      'numbing-allergy': 'consult',
    };
    for (const condition of CONDITIONS) {
      const result = assessCandidacy({ ...base, conditions: [condition] });
      expect(result.outcome, condition).to.equal(expected[condition]);
      expect(result.reasons.map((r) => r.id), condition).to.deep.equal([condition]);
      expect(result.plan).to.equal('refresh');
    }
  });

  it('gives a good fit no reasons and no wait date', () => {
    const result = assessCandidacy(base);
    expect(result).to.deep.equal({ outcome: 'good-fit', reasons: [], notes: ['realistic-expectations'], plan: 'refresh', next: 'book-treatment', preparation: true });
  });

  it('sends eczema or psoriasis, and a numbing-cream allergy, to a professional, with no booking', () => {
    for (const condition of ['chronic-skin', 'numbing-allergy'] as const) {
      const result = assessCandidacy({ ...base, conditions: [condition] });
      expect(result, condition).to.deep.include({ outcome: 'consult', next: 'talk-to-clinic', preparation: false });
    }
  });

  it('makes a sunburn now a wait with no date, however recent, and offers a talk rather than a booking', () => {
    const result = assessCandidacy({ ...base, conditions: ['sunburn'] });
    expect(result).to.deep.include({ outcome: 'wait', next: 'talk-to-clinic', preparation: false });
    expect(result).not.to.have.property('waitUntil');
    expect(result.reasons).to.deep.equal([{ id: 'sunburn', outcome: 'wait' }]);
  });

  it('offers a booking from the end of a dated wait, and nothing earlier', () => {
    const result = assessCandidacy({ ...base, conditions: ['isotretinoin'], isotretinoinLastDose: '2026-08-31' });
    expect(result).to.deep.include({ outcome: 'wait', waitUntil: '2027-02-28', next: 'book-after-wait', preparation: false });
    expect(assessCandidacy({ ...base, conditions: ['pregnant'] }).next).to.equal('talk-to-clinic');
  });

  it('refuses a dose date whose wait would end after 2199, naming it', () => {
    const [issue] = issuesOf(() => assessCandidacy({ ...base, today: '2199-12-01', isotretinoinLastDose: '2199-11-01' }));
    expect(issue?.path).to.equal('isotretinoinLastDose');
    expect(issue?.message).to.contain('outside the supported years 1900–2199');
    expect(issuesOf(() => assessCandidacy({ ...base, today: '2200-01-01' }))[0]?.message).to.contain('outside the supported years 1900–2199');
  });

  it('waits six calendar months after the last isotretinoin dose, clamped to the month end', () => {
    const result = assessCandidacy({ ...base, conditions: ['isotretinoin'], isotretinoinLastDose: '2026-08-31' });
    expect(result.outcome).to.equal('wait');
    expect(result.waitUntil).to.equal('2027-02-28');
    expect(result.reasons).to.deep.equal([{ id: 'isotretinoin', outcome: 'wait', until: '2027-02-28' }]);
    const leap = assessCandidacy({ ...base, today: '2027-09-01', isotretinoinLastDose: '2027-08-31', conditions: ['isotretinoin'] });
    expect(leap.waitUntil).to.equal('2028-02-29');
  });

  it('ignores an isotretinoin dose whose six months are over, on the day they end', () => {
    expect(assessCandidacy({ ...base, conditions: ['isotretinoin'], isotretinoinLastDose: '2026-05-22' }).outcome).to.equal('good-fit');
    const dayBefore = assessCandidacy({ ...base, conditions: ['isotretinoin'], isotretinoinLastDose: '2026-05-23' });
    expect(dayBefore.outcome).to.equal('wait');
    expect(dayBefore.waitUntil).to.equal('2026-11-23');
  });

  it('brings in a condition from its date alone', () => {
    const result = assessCandidacy({ ...base, lastTreatmentDate: '2026-11-01' });
    expect(result.reasons).to.deep.equal([{ id: 'recent-treatment', outcome: 'wait', until: '2026-11-29' }]);
  });

  it('waits without a date for isotretinoin when the dose date is unknown', () => {
    const result = assessCandidacy({ ...base, conditions: ['isotretinoin'] });
    expect(result.outcome).to.equal('wait');
    expect(result).not.to.have.property('waitUntil');
  });

  it('waits until the latest dated reason', () => {
    const result = assessCandidacy({
      ...base,
      conditions: ['recent-treatment', 'isotretinoin'],
      lastTreatmentDate: '2026-11-10',
      isotretinoinLastDose: '2026-06-30',
    });
    expect(result.reasons.map((r) => [r.id, r.until])).to.deep.equal([
      ['isotretinoin', '2026-12-30'],
      ['recent-treatment', '2026-12-08'],
    ]);
    expect(result.waitUntil).to.equal('2026-12-30');
  });

  it('promises no date when any waiting reason has none', () => {
    const result = assessCandidacy({ ...base, conditions: ['isotretinoin', 'pregnant'], isotretinoinLastDose: '2026-10-01' });
    expect(result.outcome).to.equal('wait');
    expect(result).not.to.have.property('waitUntil');
    expect(result.reasons.find((r) => r.id === 'isotretinoin')?.until).to.equal('2027-04-01');
  });

  it('lets consult win over wait, and drops the wait date', () => {
    const result = assessCandidacy({ ...base, conditions: ['sunburn', 'keloid'] });
    expect(result.outcome).to.equal('consult');
    expect(result).not.to.have.property('waitUntil');
    expect(result.reasons.map((r) => r.outcome)).to.deep.equal(['wait', 'consult']);
  });

  it('keeps one reason when active acne is both the concern and a condition', () => {
    const result = assessCandidacy({ concerns: ['active-acne', 'acne-scars'], conditions: ['active-acne'], today });
    expect(result.reasons).to.deep.equal([{ id: 'active-acne', outcome: 'wait' }]);
    expect(result.plan).to.equal('scars');
  });

  it('picks the plan by priority: deep-acne-scars, significant, scars, refresh', () => {
    const plan = (...concerns: (typeof CONCERNS)[number][]) => assessCandidacy({ concerns, conditions: [], today }).plan;
    expect(plan('fine-lines', 'acne-scars-deep')).to.equal('deep-acne-scars');
    expect(plan('pores', 'stretch-marks', 'acne-scars')).to.equal('significant');
    expect(plan('texture', 'acne-scars')).to.equal('scars');
    expect(plan('other-scars', 'deep-wrinkles')).to.equal('significant');
    expect(plan('active-acne', 'raised-scars')).to.equal(undefined);
  });

  it('adds the pigment note for Fitzpatrick IV–VI only', () => {
    for (const type of [1, 2, 3, 4, 5, 6]) {
      const notes = assessCandidacy({ ...base, fitzpatrick: type }).notes;
      expect(notes.includes('pigment-risk-low'), `type ${type}`).to.equal(type >= 4);
    }
  });

  it('follows a clinic protocol that lengthens the isotretinoin wait', () => {
    const result = assessCandidacy({ ...base, isotretinoinLastDose: '2026-08-31' }, { waits: { isotretinoinMonths: 9 } });
    expect(result.waitUntil).to.equal('2027-05-31');
  });

  it('refuses invalid input, naming the path and the bad value', () => {
    const [unknown] = issuesOf(() => assessCandidacy({ ...base, concerns: ['wrinkles' as never] }));
    expect(unknown?.path).to.equal('concerns.0');
    expect(unknown?.message).to.contain('“wrinkles”').and.contain('fine-lines');
    expect(issuesOf(() => assessCandidacy({ ...base, concerns: [] }))[0]?.message).to.contain('at least 1 concern');
    expect(issuesOf(() => assessCandidacy({ ...base, conditions: ['flare', 'flare'] }))[0]?.message).to.contain('more than once');
    const [date] = issuesOf(() => assessCandidacy({ ...base, today: '2026-02-30' }));
    expect(date).to.deep.equal({ path: 'today', message: '“2026-02-30” is not a real date in the form YYYY-MM-DD' });
    const [future] = issuesOf(() => assessCandidacy({ ...base, isotretinoinLastDose: '2026-12-01' }));
    expect(future?.path).to.equal('isotretinoinLastDose');
    expect(future?.message).to.contain('after today');
    expect(issuesOf(() => assessCandidacy({ ...base, fitzpatrick: 7 }))[0]?.path).to.equal('fitzpatrick');
    expect(issuesOf(() => assessCandidacy({ ...base, extra: 1 } as CandidacyInput))[0]?.message).to.contain('unknown field “extra”');
    expect(issuesOf(() => assessCandidacy(null as unknown as CandidacyInput))[0]?.message).to.contain('must be an object');
    expect(issuesOf(() => assessCandidacy({ concerns: 'fine-lines', today } as unknown as CandidacyInput)).map((i) => i.path)).to.deep.equal(['concerns', 'conditions']);
  });

  describe('invariants', () => {
    const arbitraryInput = fc.record({
      concerns: fc.uniqueArray(fc.constantFrom(...CONCERNS), { minLength: 1 }),
      conditions: fc.uniqueArray(fc.constantFrom(...CONDITIONS)),
      isotretinoinLastDose: fc.option(fc.integer({ min: 0, max: 400 }).map((d) => shiftToday(-d)), { nil: undefined }),
      lastTreatmentDate: fc.option(fc.integer({ min: 0, max: 60 }).map((d) => shiftToday(-d)), { nil: undefined }),
      fitzpatrick: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      today: fc.constant(today),
    });
    const rank = (o: string) => OUTCOMES.indexOf(o as (typeof OUTCOMES)[number]);

    it('never improves the outcome when a condition is added', () => {
      fc.assert(
        fc.property(arbitraryInput, fc.constantFrom(...CONDITIONS), (input, extra) => {
          const before = assessCandidacy(input);
          const after = assessCandidacy({ ...input, conditions: [...new Set([...input.conditions, extra])] });
          return rank(after.outcome) >= rank(before.outcome);
        }),
      );
    });

    it('makes the outcome the worst reason, and waitUntil the latest date when every wait has one', () => {
      fc.assert(
        fc.property(arbitraryInput, (input) => {
          const result = assessCandidacy(input);
          const worst = result.reasons.reduce((w, r) => Math.max(w, rank(r.outcome)), 0);
          if (rank(result.outcome) !== worst) return false;
          const waits = result.reasons.filter((r) => r.outcome === 'wait');
          const allDated = waits.every((r) => r.until);
          if (result.outcome === 'wait' && allDated) {
            return result.waitUntil === waits.map((r) => r.until as string).sort().at(-1) && (result.waitUntil as string) > today;
          }
          return result.waitUntil === undefined;
        }),
      );
    });
  });
});

function shiftToday(days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
