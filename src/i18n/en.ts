/** Plural forms, chosen by `Intl.PluralRules`; `{n}` is replaced by the formatted number. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
  readonly zero?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
}

/**
 * The English catalog: every message the kit shows, and the source of truth for the others.
 * Functions take the values a message needs; plural entries go through `Localize.plural`.
 */
export const en = {
  'settings.problem': 'This widget has a setup problem. It is working with default settings instead:',
  'settings.problemHint': 'For the site’s web team: fix the attribute named here.',
  disclaimer:
    'This is general information to help you prepare, not a diagnosis or medical advice. A qualified professional will confirm what is right for you at your consultation.',
  weeks: { one: '{n} week', other: '{n} weeks' } as PluralForms,
  days: { one: '{n} day', other: '{n} days' } as PluralForms,
  hours: { one: '{n} hour', other: '{n} hours' } as PluralForms,
  sessions: { one: '{n} session', other: '{n} sessions' } as PluralForms,
  'plan.refresh': 'Refresh course',
  'plan.acne-scars': 'Acne scar course',
  'plan.significant': 'Intensive course',
  'plan.deep-acne-scars': 'Deep acne scar course',
  'outcome.good-fit': 'Looks like a good fit',
  'outcome.wait': 'Worth waiting a little',
  'outcome.consult': 'Best talked through with a professional first',
  'clinic.call': (phone: string) => `Call ${phone}`,
  'clinic.book': (clinic: string) => `Book with ${clinic}`,
  'clinic.bookGeneric': 'Book a consultation',
};

type Widen<T> = T extends string ? string : T extends PluralForms ? PluralForms : T;
/** Every catalog has English's keys and value shapes. */
export type Catalog = { readonly [K in keyof typeof en]: Widen<(typeof en)[K]> };
export type MessageKey = { [K in keyof Catalog]: Catalog[K] extends PluralForms ? never : K }[keyof Catalog];
export type PluralKey = { [K in keyof Catalog]: Catalog[K] extends PluralForms ? K : never }[keyof Catalog];
