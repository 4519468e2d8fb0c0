import { foldWord, pieces, termOf, wordsAt } from './analysis.js';

/** A stretch of text, marked when it is a word the search matched. */
export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * `text` cut into parts, the words that a search hit's `terms` matched marked, for showing with `<mark>`. Plain text
 * only: render the parts as text nodes, never as HTML.
 */
export function highlight(text: string, terms: readonly string[]): TextPart[] {
  const matched = new Set(terms);
  const parts: TextPart[] = [];
  let at = 0;
  for (const { word, start, end } of wordsAt(text)) {
    if (!matches(word, matched)) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

function matches(word: string, terms: Set<string>): boolean {
  for (const piece of pieces(word)) {
    const term = termOf(piece);
    if (term && terms.has(term)) return true;
    // A part of a joined word matched ("kurs" in "gruppekurs"): the part is inside the word.
    const folded = foldWord(piece);
    for (const found of terms) if (found.length >= 4 && folded.includes(found)) return true;
  }
  return false;
}
