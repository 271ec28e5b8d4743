import { expect, waitUntil } from '@open-wc/testing';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}
type FrameWindow = Window & { axe?: { run(context: Element, options: { resultTypes: string[] }): Promise<{ violations: AxeViolation[] }> } };

export interface FramePage {
  frame: HTMLIFrameElement;
  doc: Document;
  /** Runs axe inside the page, as `expect(el).to.be.accessible()` does in the test's own page. */
  expectAccessible(el: Element): Promise<void>;
}

/**
 * A page `width` × `height` px in an iframe, holding `body` and the kit's elements (from src/):
 * how narrow layouts are checked, in every engine alike, since WebKitGTK's window is never
 * narrower than 447 px. The frame shares the test page's origin and storage.
 */
export async function framePage(body: string, width: number, height: number): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <script src="/node_modules/axe-core/axe.min.js"></script></head><body>${body}
    <script type="module">import '/src/index.ts';</script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument as Document;
  expect(win.innerWidth, 'the frame’s viewport').to.equal(width);
  await Promise.all(['cit-clinic', 'cit-candidacy-check', 'cit-session-planner', 'cit-recovery-timeline'].map((tag) => win.customElements.whenDefined(tag)));
  for (const el of doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await el.updateComplete;
  return {
    frame,
    doc,
    async expectAccessible(el: Element) {
      await waitUntil(() => win.axe, 'axe did not load in the frame');
      // axe measures the colours on screen: let any fade-in finish first.
      await Promise.all((el.shadowRoot ?? doc).getAnimations().map((animation) => animation.finished));
      const { violations } = await (win.axe as NonNullable<FrameWindow['axe']>).run(el, { resultTypes: ['violations'] });
      const described = violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${String(n.target)}: ${n.failureSummary ?? ''}`).join('\n')}`);
      expect(described, 'axe violations').to.deep.equal([]);
    },
  };
}
