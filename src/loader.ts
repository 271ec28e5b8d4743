/**
 * `dist/cit-widgets.js`, the one classic script a clinic pastes. It holds no widget: it looks for
 * the kit's elements on the page and imports the chunk of each one it finds (with the shared code
 * once), from the folder it was itself loaded from, then keeps watching for elements added later
 * until every kit element has been asked for. Nothing else is ever requested, and no URL carries
 * anything a patient entered.
 */
import { VERSION } from './version.js';

/**
 * Tag → its chunk and every chunk that one imports, relative to this script (written by the build
 * from the chunk build's output). All are requested at once: one round trip on a slow network.
 */
declare const __CIT_CHUNKS__: Readonly<Record<string, readonly string[]>>;
/** The engine's chunk, for `CitWidgets.engine()`. */
declare const __CIT_ENGINE__: string;

const CHUNKS = __CIT_CHUNKS__;
const TAGS = Object.keys(CHUNKS);

/** Where this script came from: chunks sit beside it, on a CDN or in any folder. */
function scriptUrl(): string {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  // Run from a bundle or an injected script: the last script named like this one.
  const named = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].filter((s) => /\/cit-widgets(\.min)?\.js(\?|#|$)/.test(s.src));
  return named.at(-1)?.src ?? location.href;
}

const base = scriptUrl();
const requested = new Map<string, Promise<unknown>>();

/** What a patient sees where a widget could not load (the chunk was blocked or the network failed). */
function showUnavailable(tag: string): void {
  if (customElements.get(tag)) return;
  const isClinic = tag === 'cit-clinic';
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback(): void {
        if (this.shadowRoot) return;
        const root = this.attachShadow({ mode: 'open' });
        // The clinic only provides settings: its widgets still show (with the kit's defaults).
        if (isClinic) return void root.append(document.createElement('slot'));
        const message = document.createElement('p');
        message.setAttribute('role', 'status');
        message.lang = 'en';
        message.textContent = 'This tool could not load. Please reload the page, or contact the clinic.';
        root.append(message);
      }
    },
  );
}

function load(tag: string): Promise<unknown> {
  let loading = requested.get(tag);
  if (!loading) {
    const [url, ...imports] = (CHUNKS[tag] as readonly string[]).map((file) => new URL(file, base).href);
    // The element's chunk would ask for its imports only once it has arrived: ask for them now too.
    for (const imported of imports) import(/* @vite-ignore */ imported).catch(() => {});
    loading = import(/* @vite-ignore */ url).catch((error: unknown) => {
      console.error(`cit-widgets ${VERSION}: <${tag}> could not load from ${url} (${String(error)}). Serve the cit-widgets folder beside cit-widgets.js.`);
      showUnavailable(tag);
    });
    requested.set(tag, loading);
  }
  return loading;
}

function scan(root: ParentNode): void {
  for (const tag of TAGS) if (!requested.has(tag) && !customElements.get(tag) && root.querySelector(tag)) void load(tag);
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (TAGS.includes(node.localName)) void load(node.localName);
      if (node.firstElementChild) scan(node);
    }
  }
  if (requested.size === TAGS.length) observer.disconnect();
});

scan(document);
if (requested.size < TAGS.length) observer.observe(document, { childList: true, subtree: true });

const api = {
  version: VERSION,
  /** Loads elements by tag (all when none is named), for widgets the page puts where the script does not look (another shadow root). */
  load: (...tags: string[]): Promise<unknown[]> => Promise.all((tags.length ? tags : TAGS).filter((tag) => TAGS.includes(tag)).map(load)),
  /** The domain engine (`assessCandidacy`, `planSessions` …), loaded on first call. */
  engine: (): Promise<unknown> => import(/* @vite-ignore */ new URL(__CIT_ENGINE__, base).href),
};

// A second copy of the script keeps the first one's global: the page may already hold it.
const global = window as unknown as { CitWidgets?: unknown };
if (!global.CitWidgets) global.CitWidgets = api;
