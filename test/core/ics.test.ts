import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { calendarLinks, toICS } from '../../src/core/ics.js';
import { issuesOf } from './helpers.js';

const stamp = new Date(Date.UTC(2026, 10, 22, 9, 30, 0));
const tricky = 'Séance 2, visage; "cou" \\ suivi\nPensez à 💧 l’hydratation';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('toICS', () => {
  const text = toICS({
    name: 'Clinique Éclat — CIT',
    stamp,
    events: [
      { title: 'Session 1', start: '2026-03-07T18:00', end: '2026-03-07T19:30', description: tricky, alarmMinutesBefore: 1440 },
      { title: 'Makeup allowed again', start: '2026-03-09' },
      { title: tricky, start: '2026-04-04', end: '2026-04-18', description: 'x'.repeat(300) },
    ],
  });

  it('uses CRLF line ends and folds every line to 75 octets, never inside a UTF-8 character', () => {
    expect(text.endsWith('\r\n')).to.be.true;
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const bytes = new TextEncoder().encode(text);
    let lineStart = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 13 && bytes[i + 1] === 10) {
        const line = bytes.subarray(lineStart, i);
        expect(line.length).to.be.at.most(75);
        // A fatal decoder throws on a character cut in two.
        new TextDecoder('utf-8', { fatal: true }).decode(line);
        lineStart = i + 2;
      }
    }
    expect(text).to.contain('\r\n '); // long lines were folded
  });

  it('parses back with ical.js to the same events', () => {
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Clinique Éclat — CIT');
    expect(events).to.have.length(3);
    const [session, makeup, window] = events.map((e) => new ICAL.Event(e));
    expect(session?.summary).to.equal('Session 1');
    expect(session?.description).to.equal(tricky);
    expect(window?.summary).to.equal(tricky);
    expect(window?.description).to.equal('x'.repeat(300));
    expect(makeup?.startDate.isDate).to.be.true;
    expect(makeup?.startDate.toString()).to.equal('2026-03-09');
    expect(makeup?.endDate.toString()).to.equal('2026-03-10');
    expect(window?.endDate.toString()).to.equal('2026-04-19'); // the inclusive last day becomes RFC 5545's exclusive end
  });

  it('writes floating times (no time zone) for wall-clock times', () => {
    const { events } = parse(text);
    const start = events[0]?.getFirstProperty('dtstart');
    expect(start?.getParameter('tzid')).to.equal(undefined);
    expect(start?.getFirstValue()?.toString()).to.equal('2026-03-07T18:00:00');
    expect(text).to.contain('DTSTART:20260307T180000\r\n');
    expect(text).to.contain('DTEND:20260307T193000\r\n');
  });

  it('puts a UID and DTSTAMP on every event, and an alarm where asked', () => {
    const { events } = parse(text);
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).to.equal(3);
    for (const event of events) expect(event.getFirstPropertyValue('dtstamp')?.toString()).to.equal('2026-11-22T09:30:00Z');
    const alarms = events.map((e) => e.getAllSubcomponents('valarm'));
    expect(alarms.map((a) => a.length)).to.deep.equal([1, 0, 0]);
    expect(alarms[0]?.[0]?.getFirstPropertyValue('action')).to.equal('DISPLAY');
    expect((alarms[0]?.[0]?.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).to.equal(-86400);
  });

  it('gives the same event the same UID, so importing twice updates rather than duplicates', () => {
    const again = toICS({ events: [{ title: 'Session 1', start: '2026-03-07T18:00' }], stamp });
    const once = toICS({ events: [{ title: 'Session 1', start: '2026-03-07T18:00' }], stamp: new Date() });
    expect(parse(again).events[0]?.getFirstPropertyValue('uid')).to.equal(parse(once).events[0]?.getFirstPropertyValue('uid'));
  });

  it('refuses bad events, naming the path', () => {
    expect(issuesOf(() => toICS({ events: [] }))[0]?.path).to.equal('events');
    expect(issuesOf(() => toICS({ events: [{ title: '', start: '2026-03-07' }] }))[0]?.path).to.equal('events.0.title');
    expect(issuesOf(() => toICS({ events: [{ title: 'a', start: '2026-03-07', end: '2026-03-07T10:00' }] }))[0]?.message).to.contain('same form');
    expect(issuesOf(() => toICS({ events: [{ title: 'a', start: '2026-03-07', end: '2026-03-06' }] }))[0]?.message).to.contain('before start');
    expect(issuesOf(() => toICS({ events: [{ title: 'a', start: '2026-02-30' }] }))[0]?.path).to.equal('events.0.start');
  });
});

describe('calendarLinks', () => {
  it('builds Google and Outlook add-event links for a timed event', () => {
    const links = calendarLinks({ title: 'Session 2 & more', start: '2026-03-07T18:00', end: '2026-03-07T19:30', description: tricky });
    const google = new URL(links.google);
    expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('action')).to.equal('TEMPLATE');
    expect(google.searchParams.get('text')).to.equal('Session 2 & more');
    expect(google.searchParams.get('dates')).to.equal('20260307T180000/20260307T193000');
    expect(google.searchParams.get('details')).to.equal(tricky);
    const outlook = new URL(links.outlook);
    expect(outlook.hostname).to.equal('outlook.live.com');
    expect(outlook.searchParams.get('subject')).to.equal('Session 2 & more');
    expect(outlook.searchParams.get('startdt')).to.equal('2026-03-07T18:00:00');
    expect(outlook.searchParams.get('enddt')).to.equal('2026-03-07T19:30:00');
    expect(outlook.searchParams.get('allday')).to.equal('false');
  });

  it('builds all-day links with an exclusive end', () => {
    const links = calendarLinks({ title: 'Next session window', start: '2026-04-04', end: '2026-04-18' });
    expect(new URL(links.google).searchParams.get('dates')).to.equal('20260404/20260419');
    expect(new URL(links.outlook).searchParams.get('allday')).to.equal('true');
    expect(issuesOf(() => calendarLinks({ title: 'x', start: 'tomorrow' }))[0]?.path).to.equal('start');
  });
});
