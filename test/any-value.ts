import fc from 'fast-check';

/**
 * Any value as any attribute or property of any element: the property shared by the element
 * tests (the kit from source) and a host page under the strict CSP (the built script).
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Each element's settings: [attribute, property]. */
const SETTINGS: Record<string, readonly (readonly [string, string])[]> = {
  'cit-clinic': [['name', 'name'], ['booking-url', 'bookingUrl'], ['phone', 'phone'], ['locale', 'locale'], ['currency', 'currency'], ['price', 'price']],
  'cit-candidacy-check': [['today', 'today'], ['compact', 'compact'], ['locale', 'locale']],
  'cit-recovery-timeline': [['treated-at', 'treatedAt'], ['from-url', 'fromUrl'], ['now', 'now'], ['last-session', 'lastSession'], ['locale', 'locale']],
  'cit-session-planner': [
    ['concerns', 'concerns'],
    ['start', 'start'],
    ['sessions', 'sessions'],
    ['interval', 'interval'],
    ['event-date', 'eventDate'],
    ['today', 'today'],
    ['locale', 'locale'],
  ],
};
const TAGS = Object.keys(SETTINGS);

/** Values that look like what people type, and what they should not. */
const nearMiss = fc.constantFrom(
  '',
  ' ',
  '2026-02-30',
  '2026-13-01',
  '20266-01-01',
  '999999-12-31',
  '0000-01-01',
  '1899-12-31',
  '2200-01-01',
  '2199-12-31',
  '2199-12-31T23:59',
  '2026-11-30 19:00',
  '2026-11-30T25:00',
  'texture texture texture',
  'texture,pores,,',
  'fine-lines '.repeat(500),
  'javascript:alert(1)',
  '//evil.example',
  '<img src=x onerror=alert(1)>',
  '1e400',
  '-1',
  '0',
  '99',
  '3.5',
  'NaN',
  'es',
  'xx-!!',
  'EURO',
  '150-600',
  '600-150',
  'true',
  'false',
  'x'.repeat(10_000),
);
const anyText = fc.oneof(nearMiss, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const anyValue = fc.oneof(
  anyText,
  fc.double(),
  fc.integer(),
  fc.constantFrom(Infinity, -Infinity, NaN, -0, 1e400, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ min: new Date(-8_000_000_000_000_000), max: new Date(8_000_000_000_000_000) }),
  fc.constant(new Date(Number.NaN)),
  fc.array(fc.oneof(anyText, fc.integer()), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
);


/**
 * One run: an element made in `doc`, given `value` as an attribute or a property, alone or in a
 * clinic. True when it drew itself and any problem box names the setting; `errors` collects what
 * reached the page's error handlers meanwhile.
 */
export async function rendersAndNames(doc: Document, [tag, [attribute, property]]: [string, [string, string]], value: unknown, asProperty: boolean, inClinic: boolean): Promise<boolean> {
  const host = doc.createElement('div');
  doc.body.append(host);
  try {
    const el = doc.createElement(tag) as Widget;
    if (asProperty) (el as unknown as Record<string, unknown>)[property] = value;
    // An attribute is text: an object becomes what a page would write (its JSON; `String` of an
    // object with a non-callable `toString` throws in the page's own code, before the kit sees it).
    else if (value !== undefined && value !== null) el.setAttribute(attribute, typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : String(value));
    if (inClinic && tag !== 'cit-clinic') {
      const clinic = doc.createElement('cit-clinic');
      clinic.append(el);
      host.append(clinic);
    } else host.append(el);
    await el.updateComplete;
    await el.updateComplete;
    const root = el.shadowRoot as ShadowRoot;
    // Itself: every widget draws its base; the clinic its slot for the widgets inside.
    const drawn = tag === 'cit-clinic' ? root.querySelector('slot') : root.querySelector('[part~="base"]');
    if (!drawn) return false;
    const box = root.querySelector('[part="error"]');
    // A problem box names the setting it is about (and nothing else was set).
    return !box || !!box.textContent?.includes(attribute) || !!box.textContent?.includes('in the page address');
  } finally {
    host.remove();
  }
}

/** The property over every element and setting. */
export const anyValueProperty = (doc: Document, errors: readonly string[]) =>
  fc.asyncProperty(
    fc.constantFrom(...TAGS).chain((tag) => fc.tuple(fc.constant(tag), fc.constantFrom(...(SETTINGS[tag] as [string, string][])))),
    anyValue,
    fc.boolean(),
    fc.boolean(),
    async (setting, value, asProperty, inClinic) => {
      const before = errors.length;
      return (await rendersAndNames(doc, setting, value, asProperty, inClinic)) && errors.length === before;
    },
  );
