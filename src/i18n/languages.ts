import type { Catalog, Messages } from './en.js';

/** One language's messages: the kit's shared ones and each element's own, by tag. */
export interface LanguagePack {
  readonly shared: Partial<Catalog>;
  readonly elements: Readonly<Record<string, Partial<Messages>>>;
}

/**
 * The languages the kit has besides English (built in, and the fallback). Each is its own chunk,
 * loaded the first time a widget needs it, before that widget renders in it. A language is a file
 * in `languages/` and its line here.
 */
export const LANGUAGES: Readonly<Record<string, () => Promise<{ default: LanguagePack }>>> = {
  es: () => import('./languages/es.js'),
};
