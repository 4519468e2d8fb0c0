// The CDN bundle's entry: one <script type="module"> on any page. It configures the language from <html lang>
// and loads each element only when its tag appears in the page. Loading it twice is harmless.
import { setupLocalization } from './localization/localization.js';
import { stringsRefused, trustedTypesPolicy } from './internal/trusted-types.js';

const elements: Record<string, () => Promise<unknown>> = {
  'fs-measure-card': () => import('./components/measure-card/fs-measure-card.js'),
  'fs-measure-board': () => import('./components/measure-board/fs-measure-board.js'),
  'fs-programme-finder': () => import('./components/programme-finder/fs-programme-finder.js'),
  'fs-prevention-levels': () => import('./components/prevention-levels/fs-prevention-levels.js'),
};

const requested = new Set<string>();

// Each tag is loaded once; one that fails is reported once and not tried again on every change to the page.
function loadPresent(root: ParentNode): void {
  for (const [tag, load] of Object.entries(elements)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    load().catch((error: unknown) => console.error(`@foreldrestotte/elements: <${tag}> could not be loaded.`, error));
  }
}

/** Whether the page's Trusted Types rules leave the elements no way to render: then it says so, once. */
function blockedByTrustedTypes(): boolean {
  const { error } = trustedTypesPolicy();
  if (error === undefined || !stringsRefused()) return false;
  console.error(
    "@foreldrestotte/elements: this page's Content-Security-Policy requires Trusted Types and does not allow the " +
      "policy 'foreldrestotte', so the elements cannot render. Add it to the page's trusted-types directive, e.g. " +
      "\"require-trusted-types-for 'script'; trusted-types foreldrestotte\" (see docs/security.md).",
    error,
  );
  return true;
}

const marker = Symbol.for('@foreldrestotte/elements/cdn');
const global = globalThis as { [marker]?: boolean };
if (!global[marker]) {
  global[marker] = true;
  if (!blockedByTrustedTypes()) {
    setupLocalization();
    loadPresent(document);
    new MutationObserver(() => loadPresent(document)).observe(document.documentElement, { childList: true, subtree: true });
  }
}

export { setupLocalization };
