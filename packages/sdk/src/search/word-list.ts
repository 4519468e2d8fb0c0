// The words of a search index, for the two lookups that go beyond a term typed whole: completing the word being typed
// and finding the terms a typo was meant as.
import { Memo } from '../internal/memo.js';
import { editDistance } from './ranking.js';

/** Between a written word and its term's id in an entry: sorts before every letter and digit. */
const SEPARATOR = '\u0001';

export class WordList {
  /** Each word as written (folded), with its term's id ("utrolige\u00011234"), sorted. */
  private readonly written: string[];
  /** The terms that typos are looked for among, by length. */
  private readonly byLength: string[][] = [];
  private readonly near = new Memo<string, [string, number][]>(500);

  /** `written` pairs each word as written (folded) with its term's id; `terms` gives the terms by id. */
  constructor(written: readonly (readonly [string, number])[], terms: readonly string[]) {
    this.written = [...new Set(written.map(([word, id]) => `${word}${SEPARATOR}${id}`))].sort();
    // Only words of about the same length can be that near; numbers and keys (`#id`) have no typos.
    for (const term of terms) {
      if (!term.startsWith('#') && !/^\d+$/.test(term)) (this.byLength[term.length] ??= []).push(term);
    }
  }

  /**
   * The terms of the written words that begin with `prefix`, each with the length of its shortest such word. Looked up
   * among the words as written, not their stems: "utroli" is the beginning of "utrolige", whose stem is "utro".
   */
  completions(prefix: string, found = new Map<number, number>()): Map<number, number> {
    const { written } = this;
    let low = 0;
    let high = written.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((written[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < written.length && (written[i] as string).startsWith(prefix); i += 1) {
      const entry = written[i] as string;
      const length = entry.indexOf(SEPARATOR);
      const id = Number(entry.slice(length + 1));
      if (!((found.get(id) ?? Infinity) <= length)) found.set(id, length);
    }
    return found;
  }

  /** Terms within `distance` edits of `term`, with the weight of such a match; remembered, as typing repeats words. */
  nearTerms(term: string, distance: number): [string, number][] {
    return this.near.get(`${distance}:${term}`, () => {
      const near: [string, number][] = [];
      for (let length = Math.max(1, term.length - distance); length <= term.length + distance; length += 1) {
        for (const other of this.byLength[length] ?? []) {
          const edits = editDistance(term, other, distance);
          if (edits > 0 && edits <= distance) near.push([other, (0.45 * other.length) / (other.length + edits)]);
        }
      }
      return near;
    });
  }
}
