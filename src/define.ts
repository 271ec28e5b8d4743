/**
 * Registers an element unless the page already has one by that name: a second copy of the script
 * (or the module build beside the classic one) must not throw.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
