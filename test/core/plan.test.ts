import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { daysBetween } from '../../src/core/dates.js';
import { PLANS, PLAN_CONCERNS } from '../../src/core/domain.js';
import { planSessions } from '../../src/core/plan.js';
import { arbitraryDate, issuesOf } from './helpers.js';

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
    expect(plan.maintenance).to.deep.equal(['2026-10-25', '2027-04-25']);
    expect(plan).not.to.have.property('event');
    expect(plan).not.to.have.property('cost');
  });

  it('plans deep acne scars ending on Aug 31, with maintenance clamped to Feb 28', () => {
    const plan = planSessions({ concerns: ['acne-scars-deep'], start: '2026-04-13' });
    expect(plan.sessions.map((s) => s.date)).to.deep.equal(['2026-04-13', '2026-05-11', '2026-06-08', '2026-07-06', '2026-08-03', '2026-08-31']);
    expect(plan.sessionsRecommended).to.deep.equal({ default: 6, min: 6, max: 8 });
    expect(plan.bestResults).to.deep.equal({ from: '2026-11-30', to: '2027-02-28' });
    expect(plan.maintenance).to.deep.equal(['2027-02-28', '2027-08-31']);
  });

  it('plans the significant course onto a leap day', () => {
    const plan = planSessions({ concerns: ['stretch-marks'], start: '2027-11-09' });
    expect(plan.sessions.map((s) => s.date)).to.deep.equal(['2027-11-09', '2027-12-07', '2028-01-04', '2028-02-01', '2028-02-29']);
    expect(plan.bestResults).to.deep.equal({ from: '2028-05-29', to: '2028-08-29' });
    expect(plan.maintenance).to.deep.equal(['2028-08-29', '2029-02-28']);
  });

  it('plans the acne-scars course across a year end', () => {
    const plan = planSessions({ concerns: ['acne-scars'], start: '2027-12-20', maintenanceMonths: 12 });
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

  it('says whether the course is ready for an event, and the latest start that would be', () => {
    const ready = planSessions({ concerns: ['texture'], start: '2026-01-31', eventDate: '2026-06-06' });
    expect(ready.event).to.deep.equal({ date: '2026-06-06', ready: true, latestStart: '2026-01-31', sessionsThatFit: 4 });
    const late = planSessions({ concerns: ['texture'], start: '2026-02-01', eventDate: '2026-06-06' });
    expect(late.event).to.deep.equal({ date: '2026-06-06', ready: false, latestStart: '2026-01-31', sessionsThatFit: 3, readyWith: 3 });
    const tooClose = planSessions({ concerns: ['texture'], start: '2026-05-01', eventDate: '2026-06-06' });
    expect(tooClose.event?.sessionsThatFit).to.equal(0);
    expect(tooClose.event).not.to.have.property('readyWith');
    // Two sessions would fit, but a deep acne scar course needs at least six: no shorter course offered.
    const belowMinimum = planSessions({ concerns: ['acne-scars-deep'], start: '2026-02-01', eventDate: '2026-04-20' });
    expect(belowMinimum.event).to.deep.include({ ready: false, sessionsThatFit: 2 });
    expect(belowMinimum.event).not.to.have.property('readyWith');
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
    const arbitraryPlan = fc.record({
      concerns: fc.constantFrom(['fine-lines'], ['acne-scars'], ['stretch-marks'], ['acne-scars-deep']) as fc.Arbitrary<['fine-lines']>,
      start: arbitraryDate,
      intervalWeeks: fc.integer({ min: 4, max: 6 }),
    });

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

    it('is ready exactly when the last session is 6 weeks before the event, and starting on latestStart is ready', () => {
      fc.assert(
        fc.property(arbitraryPlan, fc.integer({ min: 0, max: 400 }), (input, daysToEvent) => {
          const event = planSessions({ ...input, eventDate: shift(input.start, daysToEvent) });
          const last = event.sessions.at(-1)?.date as string;
          const ready = event.event?.ready === daysBetween(last, event.event?.date as string) >= 42;
          const fromLatest = planSessions({ ...input, start: event.event?.latestStart as string, eventDate: event.event?.date });
          const dayLater = planSessions({ ...input, start: shift(event.event?.latestStart as string, 1), eventDate: event.event?.date });
          return ready && fromLatest.event?.ready === true && dayLater.event?.ready === false;
        }),
      );
    });

    it('offers a shorter course only when one within the plan would really be ready', () => {
      fc.assert(
        fc.property(arbitraryPlan, fc.integer({ min: 0, max: 300 }), (input, daysToEvent) => {
          const { event, sessionsRecommended } = planSessions({ ...input, eventDate: shift(input.start, daysToEvent) });
          if (!event || event.ready || event.readyWith === undefined) return true;
          const shorter = planSessions({ ...input, sessions: event.readyWith, eventDate: event.date });
          return event.readyWith >= sessionsRecommended.min && shorter.event?.ready === true;
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
