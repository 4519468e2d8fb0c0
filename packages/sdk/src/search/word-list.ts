// The words of a search index, for the two lookups that go beyond a term typed whole: completing the word being typed
// and finding the terms a typo was meant as.
import { Memo } from '../internal/memo.js';
import { editDistance } from './ranking.js';

/** Between a written word and its term's id in an entry: sorts before every letter and digit. */
const SEPARATOR = '\u0001';

export class WordList {
  /** Each word as written (folded), with its term's id ("utrolige\u00011234"), sorted. */
  private readonly written: string[];
  /** The written words that typos are looked for among, by length, each with its term's id. */
  private readonly byLength: [string, number][][] = [];
  private readonly near = new Memo<string, [number, number][]>(500);

  /** `written` pairs each word as written (folded) with its term's id; `terms` gives the terms by id. */
  constructor(written: readonly (readonly [string, number])[], terms: readonly string[]) {
    this.written = [...new Set(written.map(([word, id]) => `${word}${SEPARATOR}${id}`))].sort();
    // Only words of about the same length can be that near; numbers and keys (`#id`) have no typos.
    for (const entry of this.written) {
      const [word = '', id] = entry.split(SEPARATOR);
      const term = terms[Number(id)] ?? '';
      if (!term.startsWith('#') && !/^\d+$/.test(word)) (this.byLength[word.length] ??= []).push([word, Number(id)]);
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

  /**
   * The terms of the written words within `distance` edits of `typed` (folded as typed), each with the weight of such
   * a match; remembered, as typing repeats words. Measured against what is written, not against stems, so that two
   * words never meet through their stems ("søvn" and "soner" are two edits apart, their stems one).
   */
  nearWords(typed: string, distance: number): [number, number][] {
    return this.near.get(`${distance}:${typed}`, () => {
      const best = new Map<number, number>();
      for (let length = Math.max(1, typed.length - distance); length <= typed.length + distance; length += 1) {
        for (const [word, id] of this.byLength[length] ?? []) {
          const edits = editDistance(typed, word, distance);
          if (edits > 0 && edits <= distance) best.set(id, Math.max(best.get(id) ?? 0, (0.45 * word.length) / (word.length + edits)));
        }
      }
      return [...best];
    });
  }
}
