import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  addHours,
  addMonths,
  addWeeks,
  daysBetween,
  isCalendarDate,
  isLocalDateTime,
  localDateOf,
  localDateTimeOf,
  minutesBetween,
  DateOutOfRangeError,
} from '../../src/core/dates.js';
import { arbitraryDate } from './helpers.js';

describe('calendar dates', () => {
  it('accepts real dates and refuses impossible ones', () => {
    for (const ok of ['2026-01-31', '2028-02-29', '2000-02-29', '2026-12-31']) expect(isCalendarDate(ok), ok).to.be.true;
    for (const bad of ['2026-02-30', '2027-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-01', '2026-01-01T10:00', '']) {
      expect(isCalendarDate(bad), bad).to.be.false;
    }
  });

  it('supports the years 1900–2199 only (domain.md), as input and as results', () => {
    for (const ok of ['1900-01-01', '2199-12-31']) expect(isCalendarDate(ok), ok).to.be.true;
    for (const bad of ['1899-12-31', '2200-01-01', '0999-01-01', '9999-12-31']) expect(isCalendarDate(bad), bad).to.be.false;
    expect(isLocalDateTime('2200-01-01T00:00')).to.be.false;
    expect(() => addMonths('2199-12-31', 1)).to.throw(DateOutOfRangeError, '2200');
    expect(() => addDays('1900-01-01', -1)).to.throw(DateOutOfRangeError, '1899');
    expect(() => addHours('2199-12-31T23:00', 1)).to.throw(DateOutOfRangeError);
    expect(addHours('2199-12-31T22:00', 1)).to.equal('2199-12-31T23:00');
  });

  it('accepts real wall-clock times and refuses others', () => {
    expect(isLocalDateTime('2026-03-08T02:30')).to.be.true; // does not exist in New York, but is a valid wall-clock entry
    for (const bad of ['2026-03-08T24:00', '2026-03-08T10:60', '2026-02-30T10:00', '2026-03-08 10:00', '2026-03-08T10:00:00', '2026-03-08']) {
      expect(isLocalDateTime(bad), bad).to.be.false;
    }
  });

  it('adds months keeping the day and clamping to the month end (domain.md examples)', () => {
    expect(addMonths('2026-08-31', 6)).to.equal('2027-02-28');
    expect(addMonths('2027-08-31', 6)).to.equal('2028-02-29');
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2026-03-31', 1)).to.equal('2026-04-30');
    expect(addMonths('2026-11-15', 3)).to.equal('2027-02-15');
    expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
    expect(addMonths('2026-01-15', -13)).to.equal('2024-12-15');
    expect(addMonths('2028-02-29', 12)).to.equal('2029-02-28');
    expect(addMonths('2026-08-31T09:15', 6)).to.equal('2027-02-28T09:15');
  });

  it('adds days and weeks across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).to.equal('2026-02-01');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2027-02-28', 1)).to.equal('2027-03-01');
    expect(addWeeks('2026-01-31', 4)).to.equal('2026-02-28');
    expect(addWeeks('2028-02-01', 4)).to.equal('2028-02-29');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
  });

  it('moves the wall clock by whole hours across daylight-saving changes', () => {
    // United States spring forward 2026-03-08, European 2026-03-29, fall back 2026-11-01 and 2026-10-25.
    expect(addHours('2026-03-07T18:00', 48)).to.equal('2026-03-09T18:00');
    expect(addHours('2026-03-28T20:30', 24)).to.equal('2026-03-29T20:30');
    expect(addHours('2026-10-24T23:00', 3)).to.equal('2026-10-25T02:00');
    expect(addHours('2026-10-31T12:00', 72)).to.equal('2026-11-03T12:00');
    expect(addDays('2026-03-07T18:00', 7)).to.equal('2026-03-14T18:00');
  });

  it('counts days and minutes between', () => {
    expect(daysBetween('2026-02-01', '2026-03-01')).to.equal(28);
    expect(daysBetween('2028-02-01', '2028-03-01')).to.equal(29);
    expect(daysBetween('2026-03-10', '2026-03-01')).to.equal(-9);
    expect(minutesBetween('2026-03-07T18:00', '2026-03-09T18:00')).to.equal(48 * 60);
  });

  it('reads the runtime clock in local wall-clock time', () => {
    expect(localDateTimeOf(new Date(2026, 10, 22, 7, 5))).to.equal('2026-11-22T07:05');
    expect(localDateOf(new Date(2024, 1, 29, 23, 59))).to.equal('2024-02-29');
  });

  it('round-trips days, and months always land on a real date no later in the month', () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        const targetYear = new Date(Date.parse(date) + days * 86_400_000).getUTCFullYear();
        if (targetYear < 1900 || targetYear > 2199) return throwsOutOfRange(() => addDays(date, days));
        const moved = addDays(date, days);
        return isCalendarDate(moved) && addDays(moved, -days) === date && daysBetween(date, moved) === days;
      }),
    );
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: -60, max: 60 }), (date, months) => {
        const targetYear = Math.floor((Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months) / 12);
        if (targetYear < 1900 || targetYear > 2199) return throwsOutOfRange(() => addMonths(date, months));
        const moved = addMonths(date, months);
        const monthsApart = (Number(moved.slice(0, 4)) - Number(date.slice(0, 4))) * 12 + Number(moved.slice(5, 7)) - Number(date.slice(5, 7));
        return isCalendarDate(moved) && monthsApart === months && Number(moved.slice(8)) <= Number(date.slice(8));
      }),
    );
  });
});

function throwsOutOfRange(fn: () => unknown): boolean {
  try {
    fn();
    return false;
  } catch (error) {
    return error instanceof DateOutOfRangeError;
  }
}
