// The store behind the search: terms to postings in flat arrays, scored with BM25+ per field. Written for the
// finder's budget (10 000 records indexed in well under 300 ms, a keystroke in a few milliseconds) after MiniSearch,
// measured on the same analysis and queries, took 2 s and 40 ms (docs/decisions/0008-search-engine.md).

/** BM25+ constants, as commonly used: term-frequency saturation, length normalisation, lower bound. */
const K = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** A term to look up, with how much a match counts and, optionally, the only fields it may match in. */
export interface Lookup {
  term: number;
  weight: number;
  fields?: number;
}

export class InvertedIndex {
  /** Term ids by term, and terms by id. */
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  /**
   * For each field, for each term: the (document, count) pairs of the documents whose field holds it, in document
   * order. Kept apart by field, so that a lookup limited to names never walks the long lists of the summaries.
   */
  private readonly postings: number[][][];
  /** Documents each term occurs in. */
  private readonly documentCount: number[] = [];
  private readonly lengths: Uint16Array[];
  private readonly averageLengths: number[];
  /** Each document's term ids, for telling which terms a hit matched. */
  private readonly documentTerms: number[][] = [];
  private sorted: string[] | undefined;

  /** `fields(document)` gives, for each field, the terms of that field in order. */
  constructor(
    readonly size: number,
    readonly boosts: readonly number[],
    fields: (document: number) => readonly (readonly string[])[],
  ) {
    this.lengths = boosts.map(() => new Uint16Array(size));
    this.postings = boosts.map(() => []);
    const totals = boosts.map(() => 0);
    // Records share texts, and so term lists: each list is counted once, as (term id, count) pairs. The tally is one
    // array by term id, reset after each list, so counting allocates nothing but the pairs it returns.
    const counted = new WeakMap<readonly string[], number[]>();
    const tally: number[] = [];
    const listed: number[] = [];
    const countOf = (terms: readonly string[]) => {
      let pairs = counted.get(terms);
      if (!pairs) {
        for (const term of terms) {
          const id = this.id(term);
          if (!tally[id]) listed.push(id);
          tally[id] = (tally[id] ?? 0) + 1;
        }
        pairs = new Array<number>(listed.length * 2);
        for (let i = 0; i < listed.length; i += 1) {
          const id = listed[i] as number;
          pairs[2 * i] = id;
          pairs[2 * i + 1] = tally[id] as number;
          tally[id] = 0;
        }
        listed.length = 0;
        counted.set(terms, pairs);
      }
      return pairs;
    };
    // The last document each term was seen in, so that a term in several fields counts once per document.
    const lastSeen: number[] = [];
    for (let document = 0; document < size; document += 1) {
      const own: number[] = [];
      fields(document).forEach((terms, field) => {
        const pairs = countOf(terms);
        const byTerm = this.postings[field] as number[][];
        for (let i = 0; i < pairs.length; i += 2) {
          const id = pairs[i] as number;
          (byTerm[id] ??= []).push(document, pairs[i + 1] as number);
          if (lastSeen[id] !== document) {
            lastSeen[id] = document;
            this.documentCount[id] = (this.documentCount[id] ?? 0) + 1;
            own.push(id);
          }
        }
        const length = Math.min(terms.length, 65_535);
        (this.lengths[field] as Uint16Array)[document] = length;
        totals[field] = (totals[field] as number) + length;
      });
      this.documentTerms.push(own);
    }
    this.averageLengths = totals.map((total) => Math.max(1, total / Math.max(1, size)));
  }

  private id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  /** Terms that begin with `prefix` (but are longer), from a sorted copy of the vocabulary made on first use. */
  withPrefix(prefix: string): string[] {
    const sorted = (this.sorted ??= [...this.terms].sort());
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < sorted.length && (sorted[i] as string).startsWith(prefix); i += 1) {
      if (sorted[i] !== prefix) found.push(sorted[i] as string);
    }
    return found;
  }

  /**
   * Adds each document's BM25+ score for `lookups` into `scores` and lists the documents it touched first in
   * `touched`. A field's score is multiplied by its boost, a lookup's by its weight.
   */
  score(lookups: readonly Lookup[], scores: Float64Array, touched: number[]): void {
    for (const { term, weight, fields } of lookups) {
      const count = this.documentCount[term] ?? 0;
      if (count === 0) continue;
      const idf = Math.log(1 + (this.size - count + 0.5) / (count + 0.5));
      for (let field = 0; field < this.postings.length; field += 1) {
        if (fields !== undefined && field !== fields) continue;
        const postings = (this.postings[field] as number[][])[term];
        if (!postings) continue;
        const lengths = this.lengths[field] as Uint16Array;
        const average = this.averageLengths[field] as number;
        const factor = weight * (this.boosts[field] as number) * idf;
        for (let i = 0; i < postings.length; i += 2) {
          const document = postings[i] as number;
          const frequency = postings[i + 1] as number;
          const norm = 1 - B + (B * (lengths[document] as number)) / average;
          const value = factor * (DELTA + (frequency * (K + 1)) / (frequency + K * norm));
          if (scores[document] === 0) touched.push(document);
          scores[document] = (scores[document] as number) + value;
        }
      }
    }
  }

  /** The ids among `terms` that `document` contains. */
  termsOf(document: number, terms: ReadonlySet<number>): number[] {
    return (this.documentTerms[document] ?? []).filter((id) => terms.has(id));
  }

  /** The fields of `document` that contain term `id`. */
  fieldsOf(document: number, id: number): number[] {
    const fields: number[] = [];
    this.postings.forEach((byTerm, field) => {
      const postings = byTerm[id] ?? [];
      for (let i = 0; i < postings.length; i += 2) if (postings[i] === document) fields.push(field);
    });
    return fields;
  }
}
