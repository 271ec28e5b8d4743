import { z } from '../core/validate.js';
import { isLocale } from '../elements/attributes.js';
import { checkMessages, type MessageProblem } from './check-messages.js';
import { chooseLanguage } from './language-choice.js';
import { KIT_LANGUAGES, type ClinicLanguage, type ClinicMessages, type ElementWording } from './localize.js';
import type { Messages } from './types.js';
import { en } from './messages/en.js';

/** The elements whose own messages a clinic may give, each under its tag. */
const ELEMENT_TAGS = ['cit-candidacy-check', 'cit-recovery-timeline', 'cit-session-planner'];


/** The outer shape of `"messages"`: language tags, each an object of messages. What is inside, `checkMessages` reads. */
const shape = z.record(
  z.string(),
  z.record(z.string(), z.unknown(), { error: 'must be an object of messages, such as { "disclaimer": "…" }' }),
  { error: 'must be an object of languages, such as { "fr": { "disclaimer": "…" } }' },
);

/**
 * Loaded on demand, by `<cit-clinic>` when its JSON has `"messages"`: a clinic's `"messages"` from its JSON: per language, its rewording of the kit's words (or a whole
 * language the kit lacks). The shared messages are checked here; each element checks its own group,
 * since only it has its English. Bad messages are dropped (the kit's wording stays) and named.
 */
export function readClinicMessages(value: unknown): { messages: ClinicMessages; problems: MessageProblem[] } {
  const parsed = shape.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { messages: wording({}), problems: [{ path: issue?.path.join('.') ?? '', message: issue?.message ?? 'is not valid' }] };
  }
  const messages: Record<string, ClinicLanguage> = {};
  const problems: MessageProblem[] = [];
  for (const [code, given] of Object.entries(parsed.data)) {
    if (!isLocale(code)) {
      problems.push({ path: code, message: `“${code}” is not a language tag (such as fr, de or pt-BR)` });
      continue;
    }
    const shared: [string, unknown][] = [];
    const elements: Record<string, Readonly<Record<string, unknown>>> = {};
    for (const [key, entry] of Object.entries(given)) {
      if (!key.startsWith('cit-')) shared.push([key, entry]);
      else if (!ELEMENT_TAGS.includes(key)) problems.push({ path: `${code}.${key}`, message: `is no element with messages (${ELEMENT_TAGS.join(', ')})` });
      else if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) problems.push({ path: `${code}.${key}`, message: 'must be an object of that element’s messages' });
      else elements[key] = entry as Record<string, unknown>;
    }
    const match = chooseLanguage([{ tag: code, setting: true }], KIT_LANGUAGES);
    const rewords = match.unmatched.length ? undefined : match.code;
    const checked = checkMessages(en, Object.fromEntries(shared), code, code, 'is no shared message (an element’s own go under its tag, such as "cit-candidacy-check")');
    problems.push(...checked.problems);
    if (rewords === undefined && checked.missing.length) {
      problems.push({ path: code, message: `misses the shared ${named(checked.missing)}: a language the kit lacks needs every message` });
    }
    messages[code] = Object.freeze({ rewords, shared: checked.messages, sharedComplete: !checked.missing.length, elements: Object.freeze(elements) });
  }
  return { messages: wording(messages), problems };
}

/** Missing keys as a message names them: the first five, and how many more. */
const named = (keys: readonly string[]): string => `${keys.slice(0, 5).map((key) => `"${key}"`).join(', ')}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}`;

/** The clinic's wording, with the check each element runs on its own group (only it has its English). */
function wording(languages: Record<string, ClinicLanguage>): ClinicMessages {
  const checkElement = (own: Messages, tag: string): ElementWording => {
    const checked: Record<string, Messages> = {};
    const problems: MessageProblem[] = [];
    const complete: string[] = [];
    for (const [code, language] of Object.entries(languages)) {
      const result = checkMessages(own, language.elements[tag] ?? {}, code, `${code}.${tag}`);
      checked[code] = result.messages;
      problems.push(...result.problems);
      if (language.rewords !== undefined) continue;
      if (result.missing.length) problems.push({ path: `${code}.${tag}`, message: `misses ${named(result.missing)}: a language the kit lacks needs every message, so English is shown` });
      else if (language.sharedComplete) complete.push(code);
    }
    return { own: checked, problems, complete };
  };
  return Object.freeze({ languages: Object.freeze(languages), checkElement });
}
