import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addMonths, daysBetween } from '../../src/core/dates.js';
import { CitInputError } from '../../src/core/errors.js';
import { PLANS, PLAN_CONCERNS } from '../../src/core/domain.js';
import { planSessions } from '../../src/core/checked.js';
import { arbitraryDate, arbitraryDateIn, issuesOf } from './helpers.js';

describe('planSessions', () => {
  it('plans the refresh course from a month end', () => {
    const plan = planSessions({ concerns: ['fine-lines', 'pores'], start: '2026-01-31' });
    expect(plan.plan).to.equal('refresh');
    expect(plan.sessionsRecommended).to.deep.equal({ default: 4, min: 3, max: 4 });
    expect(plan.sessions).to.deep.equal([
      { n: 1, date: '2026-01-31', earliest: '2026-01-31', latest: '2026-01-31' },
      { n: 2, date: '2026-02-28', earliest: '2026-02-28', latest: '2026-03-14' },
      { n: 3, date: '2026-03-28', earliest: '2026-03-28', latest: '2026-04-11' },
      { n: 4, date: '2026-04-25', earliest: '2026-04-25', latest: '2026-05-09' },
    ]);
    expect(plan.firstResults).to.deep.equal({ from: '2026-02-28', to: '2026-03-14' });
    expect(plan.bestResults).to.deep.equal({ from: '2026-07-25', to: '2026-10-25' });
    expect(plan.maintenance).to.deep.equal(['2027-04-25', '2028-04-25']);
    expect(plan.next).to.equal('book-treatment');
    expect(plan).not.to.have.property('event');
    expect(plan).not.to.have.property('cost');
  });

  it('plans deep acne scars ending on Aug 31, with maintenance clamped to Feb 28', () => {
    const plan = planSessions({ concerns: ['acne-scars-deep'], start: '2026-04-13', maintenanceMonths: 6 });
    expect(plan.sessions.map((s) => s.date)).to.deep.equal(['2026-04-13', '2026-05-11', '2026-06-08', '2026-07-06', '2026-08-03', '2026-08-31']);
    expect(plan.sessionsRecommended).to.deep.equal({ default: 6, min: 6, max: 8 });
    expect(plan.bestResults).to.deep.equal({ from: '2026-11-30', to: '2027-02-28' });
    expect(plan.maintenance).to.deep.equal(['2027-02-28', '2027-08-31']);
  });

  it('plans the significant course onto a leap day', () => {
    const plan = planSessions({ concerns: ['stretch-marks'], start: '2027-11-09', maintenanceMonths: 6 });
    expect(plan.sessionsRecommended).to.deep.equal({ default: 5, min: 5, max: 8 });
    expect(plan.sessions.map((s) => s.date)).to.deep.equal(['2027-11-09', '2027-12-07', '2028-01-04', '2028-02-01', '2028-02-29']);
    expect(plan.bestResults).to.deep.equal({ from: '2028-05-29', to: '2028-08-29' });
    expect(plan.maintenance).to.deep.equal(['2028-08-29', '2029-02-28']);
  });

  it('plans the scars course, acne or other scars, across a year end, with yearly maintenance by default', () => {
    const plan = planSessions({ concerns: ['acne-scars'], start: '2027-12-20' });
    expect(plan.plan).to.equal('scars');
    expect(plan.sessionsRecommended).to.deep.equal({ default: 4, min: 3, max: 6 });
    expect(planSessions({ concerns: ['other-scars'], start: '2027-12-20' }).plan).to.equal('scars');
    expect(planSessions({ concerns: ['other-scars'], start: '2027-12-20', sessions: 6 }).sessions).to.have.length(6);
    expect(plan.sessions.map((s) => s.date)).to.deep.equal(['2027-12-20', '2028-01-17', '2028-02-14', '2028-03-13']);
    expect(plan.maintenance).to.deep.equal(['2029-03-13', '2030-03-13']);
  });

  it('has a plan for every plan id of domain.md', () => {
    for (const id of PLANS) {
      expect(planSessions({ concerns: [PLAN_CONCERNS[id][0] as never], start: '2026-06-01' }).plan).to.equal(id);
    }
  });

  it('takes a number of sessions and an interval within their ranges', () => {
    const plan = planSessions({ concerns: ['texture'], start: '2026-06-01', sessions: 3, intervalWeeks: 6 });
    expect(plan.sessions.map((s) => s.date)).to.deep.equal(['2026-06-01', '2026-07-13', '2026-08-24']);
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-06-01', sessions: 5 }))[0]?.message).to.contain('between 3 and 4 sessions');
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-06-01', intervalWeeks: 3 }))[0]).to.deep.include({ path: 'intervalWeeks' });
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-06-01', maintenanceMonths: 3 }))[0]?.message).to.contain('between 6 and 12 months');
  });

  it('moves later sessions with a moved one, and refuses dates outside the window', () => {
    const plan = planSessions({ concerns: ['texture'], start: '2026-01-31', moved: [{ n: 2, date: '2026-03-10' }] });
    expect(plan.sessions.map((s) => s.date)).to.deep.equal(['2026-01-31', '2026-03-10', '2026-04-07', '2026-05-05']);
    expect(plan.sessions[2]).to.deep.include({ earliest: '2026-04-07', latest: '2026-04-21' });
    const [tooSoon] = issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-01-31', moved: [{ n: 2, date: '2026-02-27' }] }));
    expect(tooSoon?.path).to.equal('moved.0.date');
    expect(tooSoon?.message).to.contain('too soon').and.contain('2026-02-28');
    const [tooLate] = issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-01-31', moved: [{ n: 3, date: '2026-04-12' }] }));
    expect(tooLate?.message).to.contain('too late').and.contain('2026-04-11');
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-01-31', moved: [{ n: 1, date: '2026-02-02' }] }))[0]?.message).to.contain('change the start');
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-01-31', moved: [{ n: 9, date: '2026-02-02' }] }))[0]?.path).to.equal('moved.0.n');
  });

  it('says which level of the event rule the course meets, and the latest start for each', () => {
    // Last session 2026-04-25: 6 weeks before 2026-06-06 exactly, 3 months before 2026-07-25.
    const latestStart = { firstChanges: '2026-01-31', bestResults: '2026-03-31' };
    const first = planSessions({ concerns: ['texture'], start: '2026-01-31', eventDate: '2026-06-06' });
    expect(first.event).to.deep.equal({ date: '2026-06-06', meets: 'first-changes', latestStart: { firstChanges: '2026-01-31', bestResults: '2025-12-12' }, sessionsThatFit: 4 });
    const best = planSessions({ concerns: ['texture'], start: '2026-01-31', eventDate: '2026-07-25' });
    expect(best.event).to.deep.include({ meets: 'best-results' });
    expect(best.event?.latestStart.bestResults).to.equal('2026-01-31');
    expect(planSessions({ concerns: ['texture'], start: '2026-01-31', eventDate: '2026-07-24' }).event?.meets).to.equal('first-changes');
    const late = planSessions({ concerns: ['texture'], start: '2026-02-01', eventDate: '2026-06-06' });
    expect(late.event).to.deep.equal({ date: '2026-06-06', meets: 'neither', latestStart: { ...latestStart, bestResults: '2025-12-12' }, sessionsThatFit: 3, shorterCourse: 3 });
    const tooClose = planSessions({ concerns: ['texture'], start: '2026-05-01', eventDate: '2026-06-06' });
    expect(tooClose.event?.sessionsThatFit).to.equal(0);
    expect(tooClose.event).not.to.have.property('shorterCourse');
    // Two sessions would fit, but a deep acne scar course needs at least six: no shorter course offered.
    const belowMinimum = planSessions({ concerns: ['acne-scars-deep'], start: '2026-02-01', eventDate: '2026-04-20' });
    expect(belowMinimum.event).to.deep.include({ meets: 'neither', sessionsThatFit: 2 });
    expect(belowMinimum.event).not.to.have.property('shorterCourse');
  });

  it('lets a clinic lower the event lead to 4 weeks, not below', () => {
    const plan = planSessions({ concerns: ['texture'], start: '2026-01-31', eventDate: '2026-05-23' }, { sessions: { eventLeadWeeks: 4 } });
    expect(plan.event?.meets).to.equal('first-changes');
    expect(planSessions({ concerns: ['texture'], start: '2026-01-31', eventDate: '2026-05-23' }).event?.meets).to.equal('neither');
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-01-31' }, { sessions: { eventLeadWeeks: 3 } }))[0]?.path).to.equal('sessions.eventLeadWeeks');
  });

  it('refuses a first session in the past, or before a dated wait ends, saying which', () => {
    const [past] = issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-11-30', today: '2026-12-01' }));
    expect(past).to.deep.include({ path: 'start', code: 'in-the-past', limit: '2026-12-01' });
    expect(planSessions({ concerns: ['texture'], start: '2026-12-01', today: '2026-12-01' }).sessions[0]?.date).to.equal('2026-12-01');
    const candidacy = { outcome: 'wait' as const, waitUntil: '2027-02-28' };
    const [during] = issuesOf(() => planSessions({ concerns: ['texture'], start: '2027-02-27', today: '2026-12-01', candidacy }));
    expect(during).to.deep.include({ path: 'start', code: 'during-wait', limit: '2027-02-28' });
    expect(planSessions({ concerns: ['texture'], start: '2027-02-28', today: '2026-12-01', candidacy }).next).to.equal('book-after-wait');
  });

  it('refuses a date that matters before today', () => {
    const [issue] = issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-12-01', today: '2026-12-01', eventDate: '2026-11-30' }));
    expect(issue).to.deep.include({ path: 'eventDate', code: 'in-the-past', limit: '2026-12-01' });
    expect(planSessions({ concerns: ['texture'], start: '2026-12-01', today: '2026-12-01', eventDate: '2026-12-01' }).event?.meets).to.equal('neither');
  });

  it('offers a talk with the clinic, not bookings, after consult or a wait with no date', () => {
    const input = { concerns: ['texture' as const], start: '2027-01-04', today: '2026-12-01' };
    expect(planSessions({ ...input, candidacy: { outcome: 'consult' } }).next).to.equal('talk-to-clinic');
    expect(planSessions({ ...input, candidacy: { outcome: 'wait' } }).next).to.equal('talk-to-clinic');
    expect(planSessions({ ...input, candidacy: { outcome: 'good-fit' } }).next).to.equal('book-treatment');
    expect(planSessions(input).next).to.equal('book-treatment');
  });

  it('names the moved-session problems for the patient, with the bounding date', () => {
    const [tooSoon] = issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-01-31', moved: [{ n: 2, date: '2026-02-27' }] }));
    expect(tooSoon).to.deep.include({ code: 'too-soon', limit: '2026-02-28' });
    const [tooLate] = issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-01-31', moved: [{ n: 2, date: '2026-03-15' }] }));
    expect(tooLate).to.deep.include({ code: 'too-late', limit: '2026-03-14' });
  });

  it('refuses a course that would run past 2199, naming the start', () => {
    const [issue] = issuesOf(() => planSessions({ concerns: ['texture'], start: '2199-10-01' }));
    expect(issue?.path).to.equal('start');
    expect(issue?.message).to.contain('2199-10-01').and.contain('1900–2199');
    const [event] = issuesOf(() => planSessions({ concerns: ['texture'], start: '1900-01-01', eventDate: '1900-01-10' }));
    expect(event?.path).to.equal('eventDate');
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2200-01-01' }))[0]?.message).to.contain('outside the supported years');
  });

  it('prices the course from a single price or a range', () => {
    expect(planSessions({ concerns: ['texture'], start: '2026-01-31', price: { min: 350, max: 350, currency: 'eur' } }).cost).to.deep.equal({ min: 1400, max: 1400, currency: 'EUR' });
    expect(planSessions({ concerns: ['acne-scars-deep'], start: '2026-01-31', price: { min: 150, max: 600, currency: 'USD' } }).cost).to.deep.equal({ min: 900, max: 3600, currency: 'USD' });
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-01-31', price: { min: 600, max: 150, currency: 'USD' } }))[0]?.path).to.equal('price.max');
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-01-31', price: { min: 1, max: 2, currency: 'EURO' } }))[0]?.message).to.contain('“EURO”');
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-01-31', price: { min: -1, max: 2, currency: 'USD' } }))[0]?.path).to.equal('price.min');
  });

  it('refuses concerns with no course, and bad dates', () => {
    expect(issuesOf(() => planSessions({ concerns: ['active-acne'], start: '2026-01-31' }))[0]?.message).to.contain('no CIT course');
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-02-29' }))[0]).to.deep.equal({ path: 'start', message: '“2026-02-29” is not a real date in the form YYYY-MM-DD' });
    expect(issuesOf(() => planSessions({ concerns: ['texture'], start: '2026-01-31', eventDate: 'soon' }))[0]?.path).to.equal('eventDate');
  });

  describe('invariants', () => {
    const concerns = fc.constantFrom(['fine-lines'], ['acne-scars'], ['stretch-marks'], ['acne-scars-deep']) as fc.Arbitrary<['fine-lines']>;
    // Courses, results and events span under three years: starts that leave room on both sides.
    const arbitraryPlan = fc.record({ concerns, start: arbitraryDateIn(1901, 2195), intervalWeeks: fc.integer({ min: 4, max: 6 }) });
    const anyStart = fc.record({ concerns, start: arbitraryDate, intervalWeeks: fc.integer({ min: 4, max: 6 }) });

    it('never spaces sessions less than 4 weeks or more than 6 weeks apart', () => {
      fc.assert(
        fc.property(arbitraryPlan, (input) => {
          const { sessions } = planSessions(input);
          return sessions.slice(1).every((s, i) => {
            const gap = daysBetween((sessions[i] as { date: string }).date, s.date);
            return gap >= 28 && gap <= 42 && s.earliest <= s.date && s.date <= s.latest;
          });
        }),
      );
    });

    const level = (meets: string | undefined) => ['neither', 'first-changes', 'best-results'].indexOf(meets as string);

    it('meets the first level exactly when the last session is 6 weeks before the event, the second when 3 months before', () => {
      fc.assert(
        fc.property(arbitraryPlan, fc.integer({ min: 0, max: 500 }), (input, daysToEvent) => {
          const planned = planSessions({ ...input, eventDate: shift(input.start, daysToEvent) });
          const event = planned.event as NonNullable<typeof planned.event>;
          const last = planned.sessions.at(-1)?.date as string;
          const threeMonthsBefore = addMonths(event.date, -3);
          const expected = last <= threeMonthsBefore ? 'best-results' : daysBetween(last, event.date) >= 42 ? 'first-changes' : 'neither';
          return event.meets === expected;
        }),
      );
    });

    it('meets each level from its latest start, and not from the day after', () => {
      fc.assert(
        fc.property(arbitraryPlan, fc.integer({ min: 0, max: 500 }), (input, daysToEvent) => {
          const eventDate = shift(input.start, daysToEvent);
          const { event } = planSessions({ ...input, eventDate });
          const { firstChanges, bestResults } = event?.latestStart as { firstChanges: string; bestResults: string };
          const at = (start: string) => level(planSessions({ ...input, start, eventDate }).event?.meets);
          return at(firstChanges) >= 1 && at(shift(firstChanges, 1)) === 0 && at(bestResults) === 2 && at(shift(bestResults, 1)) <= 1;
        }),
      );
    });

    it('offers a shorter course only when one within the plan would really meet the first level', () => {
      fc.assert(
        fc.property(arbitraryPlan, fc.integer({ min: 0, max: 300 }), (input, daysToEvent) => {
          const { event, sessionsRecommended } = planSessions({ ...input, eventDate: shift(input.start, daysToEvent) });
          if (!event || event.meets !== 'neither' || event.shorterCourse === undefined) return true;
          const shorter = planSessions({ ...input, sessions: event.shorterCourse, eventDate: event.date });
          return event.shorterCourse >= sessionsRecommended.min && level(shorter.event?.meets) >= 1;
        }),
      );
    });

    it('never computes a date outside 1900–2199: it plans or refuses by name', () => {
      fc.assert(
        fc.property(anyStart, (input) => {
          try {
            const plan = planSessions(input);
            const dates = [...plan.sessions.flatMap((s) => [s.date, s.earliest, s.latest]), plan.firstResults.from, plan.bestResults.to, ...plan.maintenance];
            return dates.every((d) => d >= '1900-01-01' && d <= '2199-12-31');
          } catch (error) {
            return error instanceof CitInputError && error.issues[0]?.path === 'start';
          }
        }),
      );
    });
  });
});

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
