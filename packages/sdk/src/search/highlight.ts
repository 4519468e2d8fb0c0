import { Memo } from '../internal/memo.js';
import { foldWord, pieces, termOf, wordsAt } from './analysis.js';

/** A stretch of text, marked when it is a word the search matched. */
export interface TextPart {
  /** The text of this stretch. */
  text: string;
  /** Whether it is a word the search matched. */
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
  for (const { start, end, analysed } of wordsOf(text)) {
    if (!matches(analysed, matched)) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** Each word's term and folded form, kept: the same texts are marked again at every keystroke. */
const known = new Memo<string, { term: string; folded: string }>(20_000);
const analyse = (piece: string) => known.get(piece, () => ({ term: termOf(piece), folded: foldWord(piece) }));

/** A word of a text, where it stands and its pieces analysed. */
interface AnalysedWord {
  start: number;
  end: number;
  analysed: { term: string; folded: string }[];
}

/** Each text's words, kept: the results shown are marked again at every keystroke, with other terms. */
const texts = new Memo<string, AnalysedWord[]>(2_000);
const wordsOf = (text: string) => texts.get(text, () => wordsAt(text).map(({ word, start, end }) => ({ start, end, analysed: pieces(word).map(analyse) })));

function matches(analysed: readonly { term: string; folded: string }[], terms: Set<string>): boolean {
  for (const { term, folded } of analysed) {
    if (term && terms.has(term)) return true;
    // A part of a joined word matched ("kurs" in "gruppekurs"): the part is inside the word.
    for (const found of terms) if (found.length >= 4 && folded.includes(found)) return true;
  }
  return false;
}
