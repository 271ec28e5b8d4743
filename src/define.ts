import { VERSION } from './version.js';

/** Set on every class the kit registers, so a second copy can tell which version defined an element. */
export const KIT_VERSION = Symbol.for('cit-widgets.version');

/** Marks the first element of another version once a copy has warned about it, so further copies stay quiet. */
const WARNED = Symbol.for('cit-widgets.warned-about');

type KitElement = CustomElementConstructor & { [KIT_VERSION]?: string; [WARNED]?: boolean };

let warned = false;

/**
 * Registers an element unless the page already has one by that name: a second copy of the script
 * (or the module build beside the classic one) must not throw. When the element already there
 * comes from another version of the kit, which then runs the page's widgets, the console says so
 * once, naming both versions.
 */
export function define(name: string, element: CustomElementConstructor): void {
  const existing = customElements.get(name) as KitElement | undefined;
  if (!existing) {
    (element as KitElement)[KIT_VERSION] = VERSION;
    customElements.define(name, element);
    return;
  }
  const theirs = existing[KIT_VERSION];
  if (existing[WARNED]) warned = true; // another copy already told the page, for every element
  if (theirs !== VERSION && !warned) {
    warned = true;
    try {
      existing[WARNED] = true;
    } catch {
      // A frozen class: this copy still warns only once.
    }
    console.warn(
      `cit-widgets ${VERSION}: <${name}> is already defined by ${theirs ? `cit-widgets ${theirs}` : 'an older copy of cit-widgets (before 0.1.0) or another script'}, ` +
        `which will run the widgets on this page. Remove one of the two scripts.`,
    );
  }
}
