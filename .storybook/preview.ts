import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
// Generated from the elements' JSDoc by `npm run manifest`: Storybook's controls and docs read it.
import manifest from '../custom-elements.json';
import { publicApi } from '../scripts/public-api.mjs';
import '../src/index.js';

type Named = { name: string };
type Declaration = { cssParts?: Named[]; slots?: Named[] };

/**
 * Storybook keys its rows by name across categories (a CSS part `result` would hide the property
 * `result`) and drops the unnamed default slot: parts are written as in CSS, `::part(result)`, and
 * the default slot as `(default)`.
 */
function distinctNames(declaration: Declaration): Declaration {
  return {
    ...declaration,
    cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
    slots: declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' })),
  };
}

// Only the documented API: attributes, public properties, events, slots, parts, custom properties.
const api = publicApi(manifest);
setCustomElementsManifest({
  ...api,
  modules: api.modules.map((mod) => ({ ...mod, declarations: mod.declarations?.map((d) => distinctNames(d as Declaration)) })),
});

/** Rows that document rather than set: read-only properties, events, slots, CSS parts and custom properties. */
const DOCUMENTATION_ONLY = new Set(['properties', 'events', 'slots', 'css custom properties', 'css shadow parts']);

const preview: Preview = {
  // A docs page for every element, from its manifest entry (summary, attributes, properties, events …).
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  argTypesEnhancers: [
    (context) =>
      Object.fromEntries(
        Object.entries(context.argTypes).map(([name, argType]) => [
          name,
          DOCUMENTATION_ONLY.has(String(argType.table?.category)) ? { ...argType, control: false } : argType,
        ]),
      ),
  ],
};
export default preview;
