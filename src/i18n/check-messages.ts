import { quote } from '../core/validate.js';
import { PLURAL_CATEGORIES, type Messages, type PluralForms } from './types.js';

/** A problem in a clinic's own messages: where (`fr.disclaimer`) and what, for the site builder. */
export interface MessageProblem {
  readonly path: string;
  readonly message: string;
}

/** Messages a clinic may reword but never empty: the disclaimer and the warning signs (domain.md). */
const MUST_STAY = /^(disclaimer$|tl\.redFlag|tl\.urgent)/;

const placeholdersOf = (text: string): string[] => [...new Set(Array.from(text.matchAll(/\{(\w+)\}/g), (m) => m[1] as string))];

function checkText(english: string, given: unknown, path: string, problems: MessageProblem[], protectedKey: boolean): given is string {
  if (typeof given !== 'string') {
    problems.push({ path, message: 'must be text' });
    return false;
  }
  if (!given.trim()) {
    problems.push({ path, message: protectedKey ? 'cannot be empty: it may be reworded, not removed' : 'cannot be empty' });
    return false;
  }
  const wanted = placeholdersOf(english);
  const found = placeholdersOf(given);
  const missing = wanted.filter((name) => !found.includes(name));
  const unknown = found.filter((name) => !wanted.includes(name));
  if (missing.length) problems.push({ path, message: `misses the placeholder ${missing.map((n) => `{${n}}`).join(', ')}` });
  if (unknown.length) problems.push({ path, message: `has the unknown placeholder ${unknown.map((n) => `{${n}}`).join(', ')} (it takes ${wanted.map((n) => `{${n}}`).join(', ') || 'none'})` });
  return !missing.length && !unknown.length;
}

function checkPlural(given: unknown, lang: string, path: string, problems: MessageProblem[]): given is PluralForms {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    problems.push({ path, message: `must be plural forms, such as { "one": "{n} week", "other": "{n} weeks" }` });
    return false;
  }
  const forms = given as Record<string, unknown>;
  const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const strange = Object.keys(forms).filter((form) => !(PLURAL_CATEGORIES as readonly string[]).includes(form));
  const absent = needed.filter((form) => !Object.hasOwn(forms, form));
  if (strange.length) problems.push({ path, message: `has ${strange.map(quote).join(', ')}, which is no plural form (${PLURAL_CATEGORIES.join(', ')})` });
  if (absent.length) problems.push({ path, message: `needs the plural form ${absent.map(quote).join(', ')} for ${lang}` });
  const blank = Object.entries(forms).filter(([, text]) => typeof text !== 'string' || !text.trim());
  if (blank.length) problems.push({ path, message: `has the empty or non-text form ${blank.map(([form]) => quote(form)).join(', ')}` });
  return !strange.length && !absent.length && !blank.length;
}

/**
 * A clinic's messages for one language checked against the English ones: known keys only, text for
 * text and plural forms for plurals, every placeholder kept and none added, nothing emptied. Returns
 * the messages that passed (the others keep the kit's wording), the problems, and the English keys
 * not given (a language the kit lacks must give them all).
 */
export function checkMessages(english: Messages, given: Readonly<Record<string, unknown>>, lang: string, where: string, unknownKey = 'is no message of this element') {
  const messages: { [key: string]: string | PluralForms } = {};
  const problems: MessageProblem[] = [];
  for (const [key, value] of Object.entries(given)) {
    const path = `${where}.${key}`;
    const source = Object.hasOwn(english, key) ? english[key] : undefined;
    if (source === undefined) problems.push({ path, message: unknownKey });
    else if (typeof source === 'string' ? checkText(source, value, path, problems, MUST_STAY.test(key)) : checkPlural(value, lang, path, problems)) {
      messages[key] = value as string | PluralForms;
    }
  }
  const missing = Object.keys(english).filter((key) => !Object.hasOwn(messages, key));
  return { messages: messages as Messages, problems, missing };
}
