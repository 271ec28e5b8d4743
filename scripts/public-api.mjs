// The public API of the kit's elements, as custom-elements.json documents it: what Storybook's
// controls and docs pages show (.storybook/preview.ts), without the internals the analyzer also
// lists (private and protected members, `#fields`, the base class's generic event).
//
// For each element: its attributes (each with a control); its public documented properties that
// no attribute sets (read-only results such as `result` and `plan`: documentation, no control);
// its documented events, slots, CSS parts and custom properties; and its summary as the
// description of its docs page.

/** A public, instance, documented field: part of the API. */
const isPublicField = (member) =>
  member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#') && Boolean(member.description);

/** One element's declaration with only its public API. */
export function publicDeclaration(declaration) {
  const attributes = declaration.attributes ?? [];
  const setByAttribute = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
  return {
    ...declaration,
    description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
    attributes,
    members: (declaration.members ?? []).filter((m) => isPublicField(m) && !setByAttribute.has(m.name)),
    // Only events documented with @fires: the analyzer also reports the base class's generic emit(name).
    events: (declaration.events ?? []).filter((e) => e.name && e.description),
  };
}

/** The manifest with every custom element reduced to its public API (other declarations as they are). */
export function publicApi(manifest) {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: (mod.declarations ?? []).map((d) => (d.customElement && d.tagName ? publicDeclaration(d) : d)),
    })),
  };
}
