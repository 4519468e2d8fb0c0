import type { Locale } from '@foreldrestotte/sdk';
import { getLocale as getConfiguredLocale } from './state.js';

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
