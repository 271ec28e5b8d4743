// Named checks for the scripts that test outside the browser runner (WordPress, the real apps,
// Storybook): each one counted, its failure printed with the reason, and the `N passed, N failed`
// line CI reads.

/** `reason` turns a failure into the lines printed under its name. */
export function checks(reason = (error) => String(error?.message ?? error)) {
  const counts = { passed: 0, failed: 0 };
  async function check(name, body) {
    try {
      await body();
      counts.passed++;
      console.log(`  ✓ ${name}`);
    } catch (error) {
      counts.failed++;
      console.log(`  ✗ ${name}\n      ${reason(error).replace(/\n/g, '\n      ')}`);
    }
  }
  return { check, counts };
}
