// The CDN bundle's entry: one <script type="module"> on any page. It configures the language from <html lang>
// and loads each element only when its tag appears in the page. Loading it twice is harmless.
import { setupLocalization } from './localization/localization.js';
import { elements } from './internal/element-modules.js';
import { blockedByTrustedTypes } from './internal/trusted-types.js';

const requested = new Set<string>();

// Each tag is loaded once; one that fails is reported once and not tried again on every change to the page.
function loadPresent(root: ParentNode): void {
  for (const [tag, load] of Object.entries(elements)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    load().catch((error: unknown) => console.error(`@foreldrestotte/elements: <${tag}> could not be loaded.`, error));
  }
}

const marker = Symbol.for('@foreldrestotte/elements/cdn');
const global = globalThis as { [marker]?: boolean };
if (!global[marker]) {
  global[marker] = true;
  if (!blockedByTrustedTypes()) {
    // The page's language is loaded before the elements, so that their first render is already in it (a bokmål page
    // waits for nothing); a language file that fails leaves them in bokmål, as setupLocalization says.
    void setupLocalization()
      .setLocale(document.documentElement.lang)
      .catch(() => undefined)
      .then(() => {
        loadPresent(document);
        new MutationObserver(() => loadPresent(document)).observe(document.documentElement, { childList: true, subtree: true });
      });
  }
}

export { setupLocalization };
