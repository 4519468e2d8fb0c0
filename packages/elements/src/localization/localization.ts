// Opt-in language setup for pages that load the elements from npm. The CDN bundle calls it itself.
// @lit/localize can be configured only once per page, so importing an element never configures it:
// see docs/decisions/0006-localization-is-configured-once.md.
import { configureLocalization } from '@lit/localize';
import type { Locale } from '@foreldrestotte/sdk';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { resolveLocale } from './locale.js';
import { setLocaleGetter } from './state.js';

// A static map (not a template import) so that bundlers split each language into its own chunk.
const locales = {
  nn: () => import('./generated/locales/nn.js'),
  en: () => import('./generated/locales/en.js'),
} as const;

/** How {@link setupLocalization} follows the page. */
export interface LocalizationOptions {
  /** Follow changes to `<html lang>` at run time. Default true. */
  observe?: boolean;
}

/** The page's language for the elements, as {@link setupLocalization} set it up. */
export interface Localization {
  /** The language in use. */
  getLocale(): Locale;
  /** Switches every element on the page; resolves when the language is loaded. */
  setLocale(tag: string): Promise<void>;
}

let configured: Localization | undefined;

/**
 * Sets the elements' language from `<html lang>` (`nb`, `no`, `nb-NO` → bokmål; `nn*` → nynorsk; `en*` → English)
 * and, by default, follows changes to it. Safe to call more than once: later calls return the first setup.
 */
export function setupLocalization({ observe = true }: LocalizationOptions = {}): Localization {
  if (configured) return configured;
  const { getLocale, setLocale } = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => locales[locale as keyof typeof locales](),
  });
  setLocaleGetter(getLocale);
  configured = {
    getLocale: () => resolveLocale(getLocale()),
    setLocale: (tag) => setLocale(resolveLocale(tag)),
  };
  const root = document.documentElement;
  // Following the page: a language file that fails to load (a flaky network, a deploy in progress) leaves the
  // elements in the language they were in, says so once in the console, and is never an unhandled rejection.
  const follow = () =>
    configured?.setLocale(root.lang).catch((error: unknown) => {
      console.warn(`@foreldrestotte/elements: the texts for lang="${root.lang}" could not be loaded; the elements stay in ${getLocale()}.`, error);
    });
  void follow();
  if (observe) new MutationObserver(() => void follow()).observe(root, { attributes: true, attributeFilter: ['lang'] });
  return configured;
}
