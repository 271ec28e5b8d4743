/** One problem with an input: where it is (`concerns.1`, `price.min`) and what is wrong, in plain words. */
export interface CitInputIssue {
  path: string;
  message: string;
}

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
