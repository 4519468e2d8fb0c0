// The elements' Trusted Types policy, named `foreldrestotte`, so that a page with
// `require-trusted-types-for 'script'` adds `trusted-types foreldrestotte` and nothing else. The CDN bundle's copy of
// Lit takes this policy instead of creating its own `lit-html` one (rollup.config.mjs), so a page that runs its own Lit
// keeps that name for itself. Made once per page, whichever copy of the bundle comes first, and kept on a global
// symbol: a policy name may be created only once.
// Lit gives the policy only its own template strings, never data: no data becomes HTML (docs/security.md).

/** The policy, or why the page refused it. */
export interface PolicySlot {
  policy?: { createHTML(input: string): unknown };
  error?: unknown;
}

/** Where the slot lives; rollup.config.mjs writes the same key into Lit. */
export const POLICY_KEY = 'foreldrestotte.trusted-types';

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): { createHTML(input: string): unknown };
}

/** The page's `foreldrestotte` policy, made on first use; `{}` where the browser has no Trusted Types. */
export function trustedTypesPolicy(): PolicySlot {
  const global = globalThis as { trustedTypes?: TrustedTypesLike } & Record<symbol, PolicySlot | undefined>;
  const key = Symbol.for(POLICY_KEY);
  if (!global[key]) {
    try {
      global[key] = { policy: global.trustedTypes?.createPolicy('foreldrestotte', { createHTML: (input) => input }) };
    } catch (error) {
      global[key] = { error };
    }
  }
  return global[key] as PolicySlot;
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
