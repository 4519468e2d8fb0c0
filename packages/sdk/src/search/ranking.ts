// The small numeric routines under the search: ordering hits by score, adding up a word's scores, and a bounded edit
// distance for typos.
import type { IntList } from './inverted-index.js';

/**
 * `documents` by `scores`, best first, ties in document order. Each document is packed with its score into one
 * number (the score scaled to the bits the document number leaves), so that a typed array's native numeric sort does
 * the work: several times faster than a comparator over the thousands of hits a short prefix has. The packed numbers
 * go in `buffer` (room for every document), kept between searches, so that a keystroke allocates only the result.
 */
export function rank(documents: IntList, scores: Float64Array, buffer: Float64Array): Int32Array {
  const { data, length } = documents;
  let best = 0;
  let largest = 0;
  for (let i = 0; i < length; i += 1) {
    const document = data[i] as number;
    best = Math.max(best, scores[document] as number);
    largest = Math.max(largest, document);
  }
  let space = 1;
  while (space <= largest) space *= 2;
  const steps = 2 ** 52 / space - 1;
  const scale = best > 0 ? steps / best : 0;
  const keys = buffer.subarray(0, length);
  for (let i = 0; i < length; i += 1) {
    const document = data[i] as number;
    keys[i] = (steps - Math.floor((scores[document] as number) * scale)) * space + document;
  }
  keys.sort();
  const ranked = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i += 1) ranked[i] = (keys[i] as number) % space;
  return ranked;
}

/**
 * Adds the scores of the `touched` documents for one word into `total`, scaled to the best of them and weighted by
 * `weight`, lists the documents new to `total` in `found`, and clears `scores` for the next word.
 */
export function addScaled(touched: IntList, scores: Float64Array, total: Float64Array, found: IntList, weight: number): void {
  const { data, length } = touched;
  let best = 0;
  for (let i = 0; i < length; i += 1) best = Math.max(best, scores[data[i] as number] as number);
  for (let i = 0; i < length; i += 1) {
    const document = data[i] as number;
    if (total[document] === 0) found.push(document);
    total[document] = (total[document] as number) + (weight * (scores[document] as number)) / best;
    scores[document] = 0;
  }
}

/**
 * Edit distance with two neighbouring letters swapped counted as one edit ("ptmo" → "pmto"; the optimal string
 * alignment distance), or `limit + 1` as soon as it is sure to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length) rows = [new Uint16Array(b.length + 8), new Uint16Array(b.length + 8), new Uint16Array(b.length + 8)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return limit + 1;
    const reused = before;
    before = previous;
    previous = current;
    current = reused;
  }
  return previous[b.length]!;
}

/** Three reusable rows for {@link editDistance}, grown when a longer word comes. */
let rows: [Uint16Array, Uint16Array, Uint16Array] = [new Uint16Array(64), new Uint16Array(64), new Uint16Array(64)];
