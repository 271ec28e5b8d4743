/**
 * A handler, for both `blur` and `keydown`, that commits a date field when the patient leaves it or
 * presses Enter, if its value changed. A filled date field fires `change` at every segment typed
 * (the month of "03/10/2026" alone makes March 28), so acting on `change` would act on dates the
 * patient never meant, and re-rendering would break their typing.
 */
export function onCommit(current: string, apply: (value: string, input: HTMLInputElement) => void) {
  return (event: Event) => {
    if (event.type === 'keydown' && (event as KeyboardEvent).key !== 'Enter') return;
    const input = event.target as HTMLInputElement;
    if (input.value !== current || unreadable(input)) apply(input.value, input);
  };
}

/** What a date field holds that the patient cannot mean: a partial or impossible entry the browser gave up on. */
export function unreadable(input: HTMLInputElement | null): boolean {
  return !!input && input.validity.badInput;
}
