/**
 * The shapes of the kit's messages. A message is text with named placeholders (`{date}`), or plural
 * forms chosen by `Intl.PluralRules`. English is the source of truth: its catalogs are `as const`,
 * so the types below know each message's placeholders, and a translation that drops or misspells
 * one fails to compile.
 */

/** A message's plural forms, by `Intl.PluralRules` category; `{n}` is replaced by the formatted number. */
export interface PluralForms {
  readonly other: string;
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
}

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Any set of messages. */
export type Messages = { readonly [key: string]: string | PluralForms };

/** The placeholder names in a message: `'From {date} to {time}'` gives `'date' | 'time'`. */
export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type Intersect<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** A string that contains every one of the placeholders `P`. */
type WithPlaceholders<P extends string> = [P] extends [never] ? string : Intersect<P extends string ? `${string}{${P}}${string}` : never>;

/** A complete translation of the English catalog `E`: every message, with every placeholder kept. */
export type Translation<E> = { readonly [K in keyof E]: E[K] extends string ? WithPlaceholders<Placeholders<E[K]>> : PluralForms };

/** The values a message needs, by placeholder name (numbers are formatted in the widget's language). */
export type Values<S> = [Placeholders<S>] extends [never] ? [] : [values: { readonly [P in Placeholders<S>]: string | number }];

export type MessageKey<C> = { [K in keyof C]: C[K] extends string ? K : never }[keyof C] & string;
export type PluralKey<C> = { [K in keyof C]: C[K] extends string ? never : K }[keyof C] & string;
