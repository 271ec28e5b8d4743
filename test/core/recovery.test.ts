import { expect } from '@open-wc/testing';
import { ACTIVITIES } from '../../src/core/domain.js';
import { canI, canIAll, preparationFor, recoveryTimeline } from '../../src/core/checked.js';
import { MILESTONES } from '../../src/core/recovery.js';
import { CAN_I_FROM, issuesOf } from './helpers.js';

// The evening before the United States' spring-forward night (2026-03-08).
const treatedAt = '2026-03-07T18:00';

describe('recoveryTimeline', () => {
  it('lists every milestone of domain.md with wall-clock dates across a daylight-saving change', () => {
    const { milestones } = recoveryTimeline({ treatedAt, lastSession: true });
    expect(milestones.map((m) => m.id)).to.deep.equal(MILESTONES.filter((id) => id !== 'next-session'));
    const byId = Object.fromEntries(milestones.map((m) => [m.id, m]));
    expect(byId['sunburn-look']).to.deep.equal({ id: 'sunburn-look', kind: 'expect', from: treatedAt, to: '2026-03-10T18:00' });
    expect(byId['dark-spots']).to.deep.equal({ id: 'dark-spots', kind: 'expect', from: treatedAt, to: '2026-03-14T18:00' });
    expect(byId['redness-settles']).to.deep.equal({ id: 'redness-settles', kind: 'expect', from: '2026-03-10T18:00' });
    expect(byId['no-makeup']).to.deep.equal({ id: 'no-makeup', kind: 'avoid', from: treatedAt, to: '2026-03-09T18:00' });
    expect(byId['no-workout']?.to).to.equal('2026-03-10T18:00');
    expect(byId['no-sun']?.to).to.equal('2026-03-10T18:00');
    expect(byId['gentle-routine']).to.deep.include({ kind: 'do', to: '2026-03-10T18:00' });
    expect(byId['hair-back']).to.deep.include({ kind: 'do', to: '2026-03-09T18:00' });
    expect(byId['no-actives']?.to).to.equal('2026-03-14T18:00');
    expect(byId['flaking']).to.deep.include({ from: '2026-03-09T18:00', to: '2026-03-11T18:00' });
    expect(byId['back-to-normal']).to.deep.include({ kind: 'result', from: '2026-03-11T18:00', to: '2026-03-14T18:00' });
    expect(byId['brighter-tone']).to.deep.include({ from: '2026-03-14T18:00', to: '2026-03-21T18:00' });
    expect(byId['other-treatments']?.to).to.equal('2026-04-04T18:00');
    expect(byId['visible-results']).to.deep.include({ from: '2026-04-04T18:00', to: '2026-04-18T18:00' });
    expect(byId['best-results']).to.deep.include({ from: '2026-06-07T18:00', to: '2026-09-07T18:00' });
    expect(byId['remodeling']?.to).to.equal('2027-03-07T18:00');
    expect(byId['red-flags']).to.deep.equal({ id: 'red-flags', kind: 'red-flag', from: treatedAt });
  });

  it('dates best results only from the last session of a course, and the next session window otherwise', () => {
    for (const lastSession of [false, undefined]) {
      const { milestones } = recoveryTimeline({ treatedAt, ...(lastSession === false && { lastSession }) });
      expect(milestones.map((m) => m.id), String(lastSession)).to.deep.equal(MILESTONES.filter((id) => id !== 'best-results'));
      expect(milestones.find((m) => m.id === 'next-session')).to.deep.include({ kind: 'do', from: '2026-04-04T18:00', to: '2026-04-18T18:00' });
    }
    expect(recoveryTimeline({ treatedAt, lastSession: false }).lastSession).to.equal(false);
    expect(recoveryTimeline({ treatedAt })).not.to.have.property('lastSession');
  });

  it('refuses a treatment time whose year of recovery would run past 2199, naming it', () => {
    const [issue] = issuesOf(() => recoveryTimeline({ treatedAt: '2199-06-01T10:00' }));
    expect(issue?.path).to.equal('treatedAt');
    expect(issue?.message).to.contain('outside the supported years 1900–2199');
    expect(issuesOf(() => recoveryTimeline({ treatedAt: '2200-01-01T10:00' }))[0]?.message).to.contain('outside the supported years');
  });

  it('lists what is in force now', () => {
    expect(recoveryTimeline({ treatedAt }).current).to.deep.equal([]);
    expect(recoveryTimeline({ treatedAt, now: '2026-03-07T17:59' }).current).to.deep.equal([]);
    expect(recoveryTimeline({ treatedAt, now: '2026-03-07T21:00' }).current).to.deep.equal([
      'sunburn-look', 'dark-spots', 'no-makeup', 'no-workout', 'no-sun', 'gentle-routine', 'hair-back', 'no-actives', 'other-treatments', 'remodeling', 'red-flags',
    ]);
    expect(recoveryTimeline({ treatedAt, now: '2026-03-10T20:00' }).current).to.deep.equal(['dark-spots', 'no-actives', 'flaking', 'other-treatments', 'remodeling', 'red-flags']);
    expect(recoveryTimeline({ treatedAt, now: '2026-04-10T09:00' }).current).to.deep.equal(['visible-results', 'next-session', 'remodeling', 'red-flags']);
    expect(recoveryTimeline({ treatedAt, now: '2027-03-07T18:00' }).current).to.deep.equal(['red-flags']);
  });

  it('follows a clinic protocol', () => {
    const { milestones } = recoveryTimeline({ treatedAt }, { recovery: { makeupHours: 24, activesDays: 5 } });
    expect(milestones.find((m) => m.id === 'no-makeup')?.to).to.equal('2026-03-08T18:00');
    expect(milestones.find((m) => m.id === 'no-actives')?.to).to.equal('2026-03-12T18:00');
  });

  it('refuses a bad treatment time, naming it', () => {
    expect(issuesOf(() => recoveryTimeline({ treatedAt: '2026-03-07' }))[0]).to.deep.equal({
      path: 'treatedAt',
      message: '“2026-03-07” is not a real date and time in the form YYYY-MM-DDTHH:mm',
    });
    expect(issuesOf(() => recoveryTimeline({ treatedAt, now: '2026-02-29T10:00' }))[0]?.path).to.equal('now');
    expect(issuesOf(() => recoveryTimeline({ treatedAt: 20260307 as unknown as string }))[0]?.message).to.contain('must be text');
  });
});

describe('canI', () => {
  const boundaries = CAN_I_FROM;

  for (const activity of ACTIVITIES) {
    it(`answers ${activity} on both sides of its boundary`, () => {
      const from = boundaries[activity];
      const minuteBefore = `${from.slice(0, 11)}17:59`;
      expect(canI(activity, { treatedAt, at: minuteBefore })).to.deep.equal({ allowed: false, from });
      expect(canI(activity, { treatedAt, at: from })).to.deep.equal({ allowed: true, from });
    });
  }

  it('answers every activity at once as it answers each alone', () => {
    for (const at of ['2026-03-07T18:00', '2026-03-09T18:00', '2026-03-12T08:00', '2026-04-05T00:00']) {
      const all = canIAll({ treatedAt, at }, { recovery: { sunHours: 168 } });
      for (const activity of ACTIVITIES) expect(all[activity], `${activity} at ${at}`).to.deep.equal(canI(activity, { treatedAt, at }, { recovery: { sunHours: 168 } }));
    }
    expect(issuesOf(() => canIAll({ treatedAt: '2199-12-30T10:00', at: '2199-12-30T10:00' }))[0]?.path).to.equal('treatedAt');
  });

  it('follows a clinic protocol and refuses unknown activities', () => {
    expect(canI('workout', { treatedAt, at: '2026-03-09T18:00' }, { recovery: { workoutHours: 48 } }).allowed).to.be.true;
    const [issue] = issuesOf(() => canI('swim' as never, { treatedAt, at: treatedAt }));
    expect(issue?.path).to.equal('activity');
    expect(issue?.message).to.contain('“swim”');
  });
});

describe('preparationFor', () => {
  it('starts the 24 hours before an appointment on the wall clock, across a daylight-saving change', () => {
    expect(preparationFor({ appointment: '2026-03-08T10:00' })).to.deep.equal({
      from: '2026-03-07T10:00',
      appointment: '2026-03-08T10:00',
      items: ['no-sun', 'no-alcohol', 'no-caffeine', 'pause-actives', 'clean-face'],
    });
  });

  it('reads a date alone as the start of that day, so preparation begins early enough', () => {
    expect(preparationFor({ appointment: '2026-03-01' })).to.deep.include({ from: '2026-02-28T00:00', appointment: '2026-03-01T00:00' });
    expect(preparationFor({ appointment: '2028-03-01' }).from).to.equal('2028-02-29T00:00');
  });

  it('refuses what is not a date, and a start before 1900, naming the appointment', () => {
    expect(issuesOf(() => preparationFor({ appointment: 'tomorrow' }))[0]?.path).to.equal('appointment');
    const [early] = issuesOf(() => preparationFor({ appointment: '1900-01-01T10:00' }));
    expect(early?.message).to.contain('1899').and.contain('1900–2199');
  });
});
