/**
 * The kit's Trusted Types policy. Lit turns each template's text into HTML once, through a policy;
 * Lit itself creates one named `lit-html` when its module loads, which fails on a page whose CSP
 * does not list that name, or lists it without 'allow-duplicates' while another Lit (the host's,
 * or a second copy of the kit) made it first. The build (scripts/hostile-page-plugin.mjs) points
 * Lit at `createTemplateHTML` instead, so the policy is made only when a template is first
 * rendered, under the kit's own name, and only by the copy of the kit that renders.
 */

/** The policy names the kit tries, in order. README: a site's `trusted-types` directive must list the first. */
export const POLICY_NAMES = ['cit-widgets', 'lit-html'] as const;

/** A `TrustedHTML` (not in every TypeScript DOM library), or a plain string where the browser has no Trusted Types. */
type TemplateHTML = object | string;

interface HtmlPolicy {
  createHTML(input: string): TemplateHTML;
}

type TrustedTypesGlobal = { trustedTypes?: { createPolicy(name: string, rules: { createHTML: (s: string) => string }): HtmlPolicy } };

let policy: HtmlPolicy | undefined;
let refused = false;

/** True once the page refused every name the kit tries: widgets then show a plain notice instead of rendering. */
export function policyRefused(): boolean {
  return refused;
}

function createPolicy(): HtmlPolicy | undefined {
  const trustedTypes = (globalThis as TrustedTypesGlobal).trustedTypes;
  if (!trustedTypes) return undefined;
  for (const name of POLICY_NAMES) {
    try {
      // Lit's templates are the kit's own static text; values are never part of it.
      return trustedTypes.createPolicy(name, { createHTML: (html) => html });
    } catch {
      // Not allowed by the page's CSP, or taken: try the next name.
    }
  }
  refused = true;
  console.error(
    `cit-widgets: this page's Content-Security-Policy allows none of the Trusted Types policies the kit uses (${POLICY_NAMES.join(', ')}), ` +
      `so the widgets cannot render. Add "${POLICY_NAMES[0]}" to the policy's trusted-types directive.`,
  );
  return undefined;
}

/** Lit's template HTML, through the kit's policy when the browser has Trusted Types. */
export function createTemplateHTML(html: string): TemplateHTML {
  if (!policy && !refused) policy = createPolicy();
  return policy ? policy.createHTML(html) : html;
}
