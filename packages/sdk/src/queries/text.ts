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

/**
 * Folds text for matching: lower case, accents removed, æ → ae, ø → o, å and aa → a,
 * so "DUÅ", "dua" and "duaa" compare equal and "arene" finds "årene".
 */
export function foldText(value: string): string {
  return value
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replaceAll('aa', 'a');
}

/** The folded words of a text, split at anything that is not a letter or digit. */
export function foldedWords(value: string): string[] {
  return foldText(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
