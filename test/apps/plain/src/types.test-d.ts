// Type checks only (not in the bundle): what must not compile.
import type { CitCandidacyCheck } from 'cit-widgets/candidacy-check';

declare const check: CitCandidacyCheck;
// @ts-expect-error `compact` is a boolean
check.compact = 'yes';
check.addEventListener('cit-candidacy-complete', (event) => {
  // @ts-expect-error the detail is the engine's result
  void event.detail.nope;
});
// @ts-expect-error no such element in the kit
document.createElement('cit-nothing').today = '2026-12-01';
