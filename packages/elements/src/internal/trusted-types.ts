// The elements' Trusted Types policy, named `foreldrestotte`, so that a page with
// `require-trusted-types-for 'script'` adds `trusted-types foreldrestotte` and nothing else. The CDN bundle's copy of
// Lit takes this policy instead of creating its own `lit-html` one (rollup.config.mjs), so a page that runs its own Lit
// keeps that name for itself. The policy lives in this module only, shared with the bundle's Lit by import: no script
// on the page can reach it to pass strings of its own (docs/security.md). A second copy of the bundle on the same page
// finds the name taken, keeps no policy and renders nothing: the first copy's elements serve the page.
// Lit gives the policy only its own template strings, never data: no data becomes HTML.

/** The policy, or why the page refused it. */
export interface PolicySlot {
  policy?: { createHTML(input: string): unknown };
  error?: unknown;
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): { createHTML(input: string): unknown };
}

let slot: PolicySlot | undefined;

/** The `foreldrestotte` policy, made on first use; `{}` where the browser has no Trusted Types. */
export function trustedTypesPolicy(): PolicySlot {
  if (!slot) {
    try {
      slot = { policy: (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes?.createPolicy('foreldrestotte', { createHTML: (input) => input }) };
    } catch (error) {
      slot = { error };
    }
  }
  return slot;
}

/** What the bundle's Lit takes in place of its own `lit-html` policy (rollup.config.mjs). */
export function policyForLit(): PolicySlot['policy'] {
  return trustedTypesPolicy().policy;
}

/** Whether the page refuses HTML given as a string (`require-trusted-types-for 'script'`). */
export function stringsRefused(): boolean {
  try {
    // eslint-disable-next-line no-restricted-syntax -- a constant empty string: no data, only a question to the page.
    document.createElement('template').innerHTML = '';
    return false;
  } catch {
    return true;
  }
}

/** Whether the page's Trusted Types rules leave the elements no way to render: then it says so, once. */
export function blockedByTrustedTypes(): boolean {
  const { error } = trustedTypesPolicy();
  if (error === undefined || !stringsRefused()) return false;
  console.error(
    "@foreldrestotte/elements: this page's Content-Security-Policy requires Trusted Types and does not allow the " +
      "policy 'foreldrestotte', so the elements cannot render. Add it to the page's trusted-types directive, e.g. " +
      '"require-trusted-types-for \'script\'; trusted-types foreldrestotte" (see docs/security.md).',
    error,
  );
  return true;
}
