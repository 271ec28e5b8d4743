// The host page's module: runs the any-value property on the built kit, inside this page and its
// strict CSP, when the test asks (window.__anyValue).
import fc from 'fast-check';
import { anyValueProperty } from '../any-value.js';

const report = (window as unknown as { __report: { errors: string[] } }).__report;

(window as unknown as { __anyValue: (runs: number) => Promise<string> }).__anyValue = async (runs) => {
  // Elements made below are not in the page's HTML: the one-tag script is asked to load them all.
  await (window as unknown as { CitWidgets: { load(): Promise<unknown> } }).CitWidgets.load();
  const consoleError = console.error;
  console.error = () => {}; // each bad value is reported on the console: not what this checks
  try {
    const result = await fc.check(anyValueProperty(document, report.errors), { numRuns: runs });
    return result.failed ? `${String(result.counterexample && JSON.stringify(result.counterexample))}: ${String(result.errorInstance ?? '')}` : '';
  } finally {
    console.error = consoleError;
  }
};
