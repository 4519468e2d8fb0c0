import type { Locale, LocalizedText } from '../schemas/common.js';

const FALLBACK: readonly Locale[] = ['nb', 'nn', 'en'];

/** The text in `locale`, else in bokmål, else in whichever language it has. */
export function localize(text: LocalizedText, locale: Locale): string {
  const direct = text[locale];
  if (direct !== undefined) return direct;
  for (const other of FALLBACK) {
    const value = text[other];
    if (value !== undefined) return value;
  }
  return '';
}
