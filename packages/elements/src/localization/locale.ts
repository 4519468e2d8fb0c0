import type { Locale } from '@foreldrestotte/sdk';
import { getLocale as getConfiguredLocale, isLocalized } from './state.js';

/**
 * Maps a BCP 47 tag to one of the three languages: `nb`, `no`, `nb-NO` → nb; `nn`, `nn-NO` → nn; `en*` → en.
 * Anything else is bokmål, the source language.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'nn') return 'nn';
  if (primary === 'en') return 'en';
  return 'nb';
}

/** The language the elements render in now: the configured locale, or bokmål when nothing is configured. */
export function currentLocale(): Locale {
  return resolveLocale(getConfiguredLocale());
}

let warned = false;

/**
 * Says once, in the console, when the page is in nynorsk or English and the elements will speak bokmål because
 * `setupLocalization()` was never called: an npm user's likely first surprise. The CDN bundle sets it up itself.
 */
export function warnIfNotLocalized(): void {
  if (warned || isLocalized() || typeof document === 'undefined') return;
  const lang = document.documentElement.lang;
  if (resolveLocale(lang) === 'nb') return;
  warned = true;
  console.warn(
    `@foreldrestotte/elements: the page is lang="${lang}", but the elements render in bokmål until ` +
      "setupLocalization() from '@foreldrestotte/elements/localization.js' is called once in the app's entry.",
  );
}
