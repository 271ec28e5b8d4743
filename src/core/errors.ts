/** One problem with an input: where it is (`concerns.1`, `price.min`) and what is wrong, in plain words. */
export interface CitInputIssue {
  path: string;
  message: string;
  /**
   * For the problems a patient can cause (a date they chose), what kind it is and the date that
   * bounds it, so a widget can say it in the patient's language; `message` is for developers.
   */
  code?: PatientIssueCode;
  limit?: string;
}

/** Problems with a date a patient chose: before today, inside a wait, or outside a session's window. */
export type PatientIssueCode = 'in-the-past' | 'during-wait' | 'too-soon' | 'too-late' | 'is-start';

/**
 * Thrown by every engine function when its input is not valid. `issues` lists each problem;
 * `message` joins them so that a console shows the whole story at once.
 */
export class CitInputError extends Error {
  readonly issues: readonly CitInputIssue[];

  constructor(issues: readonly CitInputIssue[], context?: string) {
    const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    super(context ? `${context}: ${summary}` : summary);
    this.name = 'CitInputError';
    this.issues = issues;
  }
}
