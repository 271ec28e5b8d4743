/** Opening host pages from test/embed/ (served with the strict CSP) and reading the kit inside them. */

export interface HostReport {
  errors: string[];
  consoleErrors: string[];
  violations: string[];
}
export type HostWindow = Window & { __report: HostReport; __pageScriptRan?: boolean } & Record<string, unknown>;
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const TAGS = ['cit-clinic', 'cit-candidacy-check', 'cit-session-planner', 'cit-recovery-timeline'];

/** Waits until every kit element on the page has rendered what it has to render. */
export async function settled(doc: Document): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all([...doc.querySelectorAll<Widget>(TAGS.join(','))].map((el) => el.updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Opens `page` (with `query`) in an iframe as a first visit, and waits for the kit to render. */
export async function openHost(page: string, query = '', width = 800): Promise<{ win: HostWindow; doc: Document; frame: HTMLIFrameElement }> {
  sessionStorage.clear(); // shared with same-origin frames: each visit starts a fresh check
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/embed/${page}?visit=${Math.random()}${query ? `&${query}` : ''}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument as Document;
  const present = TAGS.filter((tag) => doc.querySelector(tag));
  await Promise.all(present.map((tag) => win.customElements.whenDefined(tag)));
  await settled(doc);
  return { win, doc, frame };
}

/** The kit's engine as a page's own code gets it from the one-tag script: `await CitWidgets.engine()`. */
export async function engineOf<T = typeof import('../../src/core/index.js')>(win: Window): Promise<T> {
  return (await (win as unknown as { CitWidgets: { engine(): Promise<T> } }).CitWidgets.engine());
}

/** Resolves once the one-tag script has loaded the chunk of every kit element (or failed to). */
export async function allLoaded(win: Window): Promise<void> {
  await (win as unknown as { CitWidgets: { load(): Promise<unknown> } }).CitWidgets.load();
}

export function inShadow<T extends HTMLElement = HTMLElement>(el: Element | null, selector: string): T {
  const found = el?.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${el?.localName}: nothing matches ${selector}`);
  return found;
}

export const textOf = (el: Element | null): string => (el?.shadowRoot ?? el)?.textContent?.replace(/\s+/g, ' ') ?? '';

/** A patient completes the candidacy check with one concern and no health answers; resolves with the outcome's heading. */
export async function completeCheck(doc: Document, concern = 'texture'): Promise<string> {
  const check = doc.querySelector('cit-candidacy-check') as Widget;
  inShadow(check, `#concern-${concern}`).click();
  for (let step = 0; step < 3; step++) {
    await check.updateComplete;
    inShadow(check, 'button[type="submit"]').click();
    await settled(doc);
  }
  return inShadow(check, '[part="outcome"]').textContent?.trim() ?? '';
}
