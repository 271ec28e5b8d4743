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
  'settings.problem': 'Setup problem, using defaults for:',
  blocked: 'This tool cannot be shown on this page. Please contact the clinic.',
  disclaimer: 'General information, not medical advice. A professional will confirm what suits you.',
  weeks: { one: '{n} week', other: '{n} weeks' } as PluralForms,
  days: { one: '{n} day', other: '{n} days' } as PluralForms,
  hours: { one: '{n} hour', other: '{n} hours' } as PluralForms,
  sessions: { one: '{n} session', other: '{n} sessions' } as PluralForms,
  'plan.refresh': 'Refresh',
  'plan.scars': 'Scars',
  'plan.significant': 'Intensive',
  'plan.deep-acne-scars': 'Deep acne scars',
  'outcome.good-fit': 'Looks like a good fit',
  'outcome.wait': 'Best to wait a little',
  'outcome.consult': 'Talk to a professional first',
  months: { one: '{n} month', other: '{n} months' } as PluralForms,
  'clinic.call': (phone: string) => `Call ${phone}`,
  'clinic.book': (clinic: string) => `Book with ${clinic}`,
  'clinic.bookGeneric': 'Book an appointment',
  'clinic.consult': (clinic: string) => `Ask ${clinic} for a consultation`,
  'clinic.consultGeneric': 'Ask for a consultation',
  'clinic.consultNoContact': 'Ask your clinic for a consultation.',
  'prep.title': (hours: string) => `In the ${hours} before your appointment`,
  'prep.no-sun': 'Stay out of direct sun.',
  'prep.no-alcohol': 'Skip alcohol.',
  'prep.no-caffeine': 'Skip caffeine.',
  'prep.pause-actives': 'Pause retinoids, exfoliating products and anything else that irritates your skin.',
  'prep.clean-face': 'On the day, come with a clean face and no makeup.',
  'nav.next': 'Next',
  'nav.back': 'Back',
  'nav.progress': (step: number, total: number) => `Step ${step} of ${total}`,
  'calendar.add': 'Add to my calendar',
  'calendar.otherApps': 'Or:',

  'concern.fine-lines': 'Fine lines',
  'concern.deep-wrinkles': 'Deep wrinkles',
  'concern.acne-scars': 'Acne scars',
  'concern.acne-scars-deep': 'Deep acne scars',
  'concern.other-scars': 'Other scars',
  'concern.texture': 'Uneven texture',
  'concern.pores': 'Large pores',
  'concern.dull-tone': 'Dull skin',
  'concern.pigmentation': 'Dark spots',
  'concern.stretch-marks': 'Stretch marks',
  'concern.loose-skin': 'Loose skin',
  'concern.active-acne': 'Current breakouts',
  'concern.raised-scars': 'Raised scars',
};

type Widen<T> = T extends string ? string : T extends PluralForms ? PluralForms : T;
/** Every catalog has English's keys and value shapes. */
export type Catalog = { readonly [K in keyof typeof en]: Widen<(typeof en)[K]> };

/** Any set of messages: text, plural forms, or a function of the values a message needs. */
export type Messages = { readonly [key: string]: string | PluralForms | ((...args: never[]) => string) };
export type MessageKey<C> = { [K in keyof C]: C[K] extends PluralForms ? never : K }[keyof C] & string;
export type PluralKey<C> = { [K in keyof C]: C[K] extends PluralForms ? K : never }[keyof C] & string;
