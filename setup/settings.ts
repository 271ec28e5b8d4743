/**
 * The setup page's settings: what a clinic chooses, read from and written to the page's address
 * (so a setup can be bookmarked or sent; nothing leaves the browser), and checked with the kit's
 * own attribute schemas and protocol rules, so the page refuses what the widgets would refuse.
 */
import { CitInputError } from '../src/core/errors.js';
import { PROTOCOL_LIMITS } from '../src/core/protocol.js';
import { parseProtocol } from '../src/core/protocol-reader.js';
import { currencyAttribute, localeAttribute, phoneAttribute, priceAttribute, urlAttribute } from '../src/elements/attributes.js';
import { text } from '../src/core/validate.js';
import { tokenOf } from './contrast.js';

export const WIDGETS = ['cit-candidacy-check', 'cit-session-planner', 'cit-recovery-timeline'] as const;
export type WidgetTag = (typeof WIDGETS)[number];
export const THEMES = ['light', 'dark', 'auto'] as const;
export const FONTS = { system: '', serif: 'Georgia, "Times New Roman", serif', rounded: 'ui-rounded, "SF Pro Rounded", system-ui, sans-serif', humanist: '"Gill Sans", "Segoe UI", Candara, sans-serif' } as const;
export type Font = keyof typeof FONTS;

export interface Settings {
  widgets: WidgetTag[];
  name: string;
  bookingUrl: string;
  phone: string;
  currency: string;
  price: string;
  locale: string;
  theme: (typeof THEMES)[number];
  accent: string;
  font: Font;
  radius: string;
  /** Protocol overrides by path (`sessions.intervalWeeks`), as typed. */
  protocol: Record<string, string>;
  /** Where the page loads the kit from (the CDN by default, or the clinic's own copy). */
  scriptUrl: string;
}

export const DEFAULT_ACCENT = tokenOf('light', 'accent');

export function defaults(cdnUrl: string): Settings {
  return { widgets: [...WIDGETS], name: '', bookingUrl: '', phone: '', currency: 'USD', price: '', locale: '', theme: 'light', accent: DEFAULT_ACCENT, font: 'system', radius: '0.5', protocol: {}, scriptUrl: cdnUrl };
}

/** Every protocol setting a clinic may change (those whose range is more than one value), with its limits. */
export const PROTOCOL_FIELDS = Object.entries(PROTOCOL_LIMITS).flatMap(([group, limits]) =>
  Object.entries(limits as Record<string, { default: number; min: number; max: number; unit: string }>)
    .filter(([, l]) => l.min !== l.max)
    .map(([key, l]) => ({ path: `${group}.${key}`, group, key, ...l })),
);

const ADDRESS_KEYS: (keyof Settings)[] = ['name', 'bookingUrl', 'phone', 'currency', 'price', 'locale', 'theme', 'accent', 'font', 'radius', 'scriptUrl'];

/** The settings as the page's address (`?name=…&w=cit-candidacy-check…&p.sessions.intervalWeeks=5`), defaults left out. */
export function toQuery(settings: Settings, base: Settings): string {
  const query = new URLSearchParams();
  if (settings.widgets.join() !== base.widgets.join()) query.set('w', settings.widgets.join(' '));
  for (const key of ADDRESS_KEYS) if (settings[key] !== base[key]) query.set(key, String(settings[key]));
  for (const [path, value] of Object.entries(settings.protocol)) if (value !== '') query.set(`p.${path}`, value);
  return query.toString();
}

/** Settings from an address; anything unknown or malformed keeps its default (and is checked like typed input). */
export function fromQuery(search: string, base: Settings): Settings {
  const query = new URLSearchParams(search);
  const settings: Settings = { ...base, protocol: {} };
  const widgets = query.get('w');
  if (widgets !== null) settings.widgets = WIDGETS.filter((tag) => widgets.split(' ').includes(tag));
  for (const key of ADDRESS_KEYS) {
    const value = query.get(key);
    if (value === null) continue;
    if (key === 'theme') settings.theme = (THEMES as readonly string[]).includes(value) ? (value as Settings['theme']) : base.theme;
    else if (key === 'font') settings.font = Object.hasOwn(FONTS, value) ? (value as Font) : base.font;
    else (settings as unknown as Record<string, string>)[key] = value;
  }
  for (const field of PROTOCOL_FIELDS) {
    const value = query.get(`p.${field.path}`);
    if (value !== null) settings.protocol[field.path] = value;
  }
  return settings;
}

export type Problems = Partial<Record<string, string>>;

const check = (problems: Problems, field: string, value: string, schema: { safeParse(v: string): { success: boolean; error?: { issues: { message: string }[] } } }) => {
  if (value.trim() === '') return;
  const result = schema.safeParse(value.trim());
  if (!result.success) problems[field] = result.error?.issues[0]?.message ?? 'is not valid';
};

/** What is wrong with the settings, by field: the kit's own messages. */
export function problemsOf(settings: Settings): Problems {
  const problems: Problems = {};
  check(problems, 'name', settings.name, text(120));
  check(problems, 'bookingUrl', settings.bookingUrl, urlAttribute());
  check(problems, 'phone', settings.phone, phoneAttribute());
  check(problems, 'currency', settings.currency, currencyAttribute());
  check(problems, 'price', settings.price, priceAttribute());
  check(problems, 'locale', settings.locale, localeAttribute());
  if (settings.price.trim() && !settings.currency.trim()) problems.currency = 'is needed with a price';
  if (!/^(\d+(\.\d+)?)$/.test(settings.radius) || Number(settings.radius) > 3) problems.radius = 'must be a number of em from 0 to 3';
  if (!settings.widgets.length) problems.widgets = 'choose at least one widget';
  for (const field of PROTOCOL_FIELDS) {
    const typed = settings.protocol[field.path];
    if (typed === undefined || typed === '') continue;
    if (!/^-?\d+(\.\d+)?$/.test(typed.trim())) problems[`p.${field.path}`] = `must be a number from ${field.min} to ${field.max}`;
  }
  try {
    parseProtocol(protocolJson(settings) ?? 'null');
  } catch (error) {
    if (!(error instanceof CitInputError)) throw error;
    for (const issue of error.issues) problems[`p.${issue.path}`] ??= issue.message;
  }
  return problems;
}

/** The protocol overrides as the clinic's JSON, or `undefined` when there are none. */
export function protocolJson(settings: Settings): string | undefined {
  const overrides: Record<string, Record<string, number>> = {};
  for (const field of PROTOCOL_FIELDS) {
    const typed = settings.protocol[field.path];
    if (typed === undefined || typed.trim() === '' || !/^-?\d+(\.\d+)?$/.test(typed.trim()) || Number(typed) === field.default) continue;
    (overrides[field.group] ??= {})[field.key] = Number(typed);
  }
  return Object.keys(overrides).length ? JSON.stringify(overrides) : undefined;
}

/** The settings with each refused one back at its default, for the code and the preview. */
export function cleaned(settings: Settings, problems: Readonly<Record<string, string | undefined>>, base: Settings): Settings {
  const valid: Settings = { ...settings, protocol: { ...settings.protocol } };
  for (const key of ['name', 'bookingUrl', 'phone', 'currency', 'price', 'locale', 'radius'] as const) if (problems[key]) valid[key] = base[key];
  if (problems.currency) valid.price = '';
  if (problems.widgets) valid.widgets = base.widgets;
  for (const path of Object.keys(valid.protocol)) if (problems[`p.${path}`]) delete valid.protocol[path];
  // A pair out of order (an interval beyond the window) names one side: if the rest still fails, keep none.
  try {
    parseProtocol(protocolJson(valid) ?? 'null');
  } catch {
    valid.protocol = {};
  }
  return valid;
}
