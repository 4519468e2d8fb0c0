// Helpers for the catalogue's localized texts: `{ nb, nn, en }` objects anywhere in the tree.
import type { Locale } from '@foreldrestotte/sdk';

const LOCALES = new Set(['nb', 'nn', 'en']);

export function isLocalizedText(value: unknown): value is Partial<Record<Locale, string>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => LOCALES.has(key) && typeof text === 'string');
}

/** Paths of localized texts that lack one of nb, nn, en. */
export function missingTranslations(value: unknown, path = ''): string[] {
  if (isLocalizedText(value)) {
    return ['nb', 'nn', 'en'].filter((locale) => !(locale in value)).map((locale) => `${path}.${locale}`);
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => missingTranslations(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => missingTranslations(child, path ? `${path}.${key}` : key));
  }
  return [];
}

/** A copy in which every localized text keeps only `locale` (falling back to bokmål). */
export function projectLocale<T>(value: T, locale: Locale): T {
  if (isLocalizedText(value)) return { [locale]: value[locale] ?? value.nb } as T;
  if (Array.isArray(value)) return value.map((item: unknown) => projectLocale(item, locale)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, projectLocale(child, locale)])) as T;
  }
  return value;
}
