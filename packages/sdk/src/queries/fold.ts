// Text folded for matching, for the search and the municipality register: apart from text.ts, which every element
// needs, so a page that matches nothing does not carry it.

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
