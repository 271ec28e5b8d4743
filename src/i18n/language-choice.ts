/**
 * Which of the languages at hand a widget speaks, from the languages asked for in order (its own
 * `locale`, its clinic's, the page's `lang`, the browser's). No DOM: a pure function of its input.
 */

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

const likely = new Map<string, Intl.Locale | null>();

/** The tag with its likely script and region filled in (`zh-TW` → `zh-Hant-TW`), or `null` if it is no language tag. */
function maximized(tag: string): Intl.Locale | null {
  let locale = likely.get(tag);
  if (locale === undefined) {
    try {
      locale = new Intl.Locale(tag).maximize();
    } catch {
      locale = null;
    }
    likely.set(tag, locale);
  }
  return locale;
}

/** The direction a language is written in. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const script = maximized(tag)?.script;
  return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/** A language asked for, and whether a site builder asked (a setting) or the browser did. */
export interface LanguageRequest {
  readonly tag: string | undefined;
  readonly setting: boolean;
}

export interface LanguageChoice {
  /** The language of the text: one of `available`. */
  readonly code: string;
  /** The locale for dates, numbers and plurals: the tag asked for, when it is a variety of `code` (`pt-PT` for `pt-BR` text). */
  readonly locale: string;
  /** Languages a setting asked for that none of `available` matches, for one console warning each. */
  readonly unmatched: readonly string[];
}

/** The fallback: the kit's own language, US English. */
export const ENGLISH: LanguageChoice = { code: 'en', locale: 'en-US', unmatched: [] };

/**
 * The first request that one of `available` serves, by BCP 47 lookup on language and script: `pt-PT`
 * is served by `pt-BR` (same language, same script), `zh-TW` (Traditional script) is not served by
 * `zh-Hans` and falls to the next request. Among several that serve it, the exact tag, then the same
 * region, then the first listed. Nothing served: US English.
 */
export function chooseLanguage(requests: readonly LanguageRequest[], available: readonly string[]): LanguageChoice {
  const unmatched: string[] = [];
  for (const { tag, setting } of requests) {
    const wanted = tag ? maximized(tag) : null;
    if (!tag || !wanted) continue;
    let best: string | undefined;
    let bestScore = 0;
    for (const code of available) {
      const offered = maximized(code);
      if (!offered || offered.language !== wanted.language || offered.script !== wanted.script) continue;
      const score = code.toLowerCase() === tag.toLowerCase() ? 3 : offered.region === wanted.region ? 2 : 1;
      if (score > bestScore) [best, bestScore] = [code, score];
    }
    if (best) return { code: best, locale: Intl.getCanonicalLocales(tag)[0] ?? best, unmatched };
    if (setting && !unmatched.includes(tag)) unmatched.push(tag);
  }
  return { ...ENGLISH, unmatched };
}
