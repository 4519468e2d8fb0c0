// The CDN bundle's entry: one <script type="module"> on any page. It configures the language from <html lang>
// and loads each element only when its tag appears in the page. Loading it twice is harmless.
import { setupLocalization } from './localization/localization.js';

const elements: Record<string, () => Promise<unknown>> = {
  'fs-measure-card': () => import('./components/measure-card/fs-measure-card.js'),
  'fs-measure-board': () => import('./components/measure-board/fs-measure-board.js'),
  'fs-programme-finder': () => import('./components/programme-finder/fs-programme-finder.js'),
  'fs-prevention-levels': () => import('./components/prevention-levels/fs-prevention-levels.js'),
};

const requested = new Set<string>();

function loadPresent(root: ParentNode): void {
  for (const [tag, load] of Object.entries(elements)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    load().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`@foreldrestotte/elements: <${tag}> could not be loaded`, error);
    });
  }
}

const marker = Symbol.for('@foreldrestotte/elements/cdn');
const global = globalThis as { [marker]?: boolean };
if (!global[marker]) {
  global[marker] = true;
  setupLocalization();
  loadPresent(document);
  new MutationObserver(() => loadPresent(document)).observe(document.documentElement, { childList: true, subtree: true });
}

export { setupLocalization };
