import { expect } from '@open-wc/testing';
import fc from 'fast-check';
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

/** Any real calendar date from 1900 to 2200, as `YYYY-MM-DD`. */
export const arbitraryDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

