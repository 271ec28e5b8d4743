import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Activity } from '../../src/core/domain.js';
import { CitInputError, type CitInputIssue } from '../../src/core/errors.js';

/** Runs `fn`, expects a CitInputError, and returns its issues. */
export function issuesOf(fn: () => unknown): readonly CitInputIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(CitInputError);
    const issues = (error as CitInputError).issues;
    expect(issues.length).to.be.greaterThan(0);
    return issues;
  }
  throw new Error('expected a CitInputError');
}

/** Any real calendar date from the first to the last year given, as `YYYY-MM-DD`. */
export const arbitraryDateIn = (firstYear: number, lastYear: number) =>
  fc.date({ min: new Date(Date.UTC(firstYear, 0, 1)), max: new Date(Date.UTC(lastYear, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Any real calendar date in the supported years, 1900 to 2199, as `YYYY-MM-DD`. */
export const arbitraryDate = arbitraryDateIn(1900, 2199);


/** When each "can I" activity becomes allowed after a treatment ending 2026-03-07T18:00 (default protocol). */
export const CAN_I_FROM: Readonly<Record<Activity, string>> = {
  makeup: '2026-03-09T18:00',
  workout: '2026-03-10T18:00',
  sun: '2026-03-10T18:00',
  actives: '2026-03-14T18:00',
  'other-treatments': '2026-04-04T18:00',
  'next-session': '2026-04-04T18:00',
};
