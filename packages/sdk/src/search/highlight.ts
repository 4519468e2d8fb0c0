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
const known = new Map<string, { term: string; folded: string }>();

function analyse(piece: string) {
  let found = known.get(piece);
  if (!found) {
    if (known.size > 20_000) known.clear();
    known.set(piece, (found = { term: termOf(piece), folded: foldWord(piece) }));
  }
  return found;
}

/** A word of a text, where it stands and its pieces analysed. */
interface AnalysedWord {
  start: number;
  end: number;
  analysed: { term: string; folded: string }[];
}

/** Each text's words, kept: the results shown are marked again at every keystroke, with other terms. */
const texts = new Map<string, AnalysedWord[]>();

function wordsOf(text: string): AnalysedWord[] {
  let found = texts.get(text);
  if (!found) {
    if (texts.size > 2_000) texts.clear();
    texts.set(text, (found = wordsAt(text).map(({ word, start, end }) => ({ start, end, analysed: pieces(word).map(analyse) }))));
  }
  return found;
}

function matches(analysed: readonly { term: string; folded: string }[], terms: Set<string>): boolean {
  for (const { term, folded } of analysed) {
    if (term && terms.has(term)) return true;
    // A part of a joined word matched ("kurs" in "gruppekurs"): the part is inside the word.
    for (const found of terms) if (found.length >= 4 && folded.includes(found)) return true;
  }
  return false;
}
