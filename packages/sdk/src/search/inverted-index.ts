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

/** A growing list of 32-bit integers in one typed array: the index's bulk lives outside the garbage-collected heap. */
export class IntList {
  data: Int32Array = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  /** Whether `value` is in the list at or after `from`. */
  has(value: number, from = 0): boolean {
    for (let i = from; i < this.length; i += 1) if (this.data[i] === value) return true;
    return false;
  }
}

/** One field's postings: for term `t`, documents `documents[starts[t]]` up to `starts[t + 1]`, in order, with counts. */
interface FieldPostings {
  starts: Int32Array;
  documents: Int32Array;
  counts: Uint16Array;
}

export class InvertedIndex {
  /**
   * For each field, each term's documents and counts. Kept apart by field, so that a lookup limited to names never
   * walks the long lists of the summaries.
   */
  private readonly postings: FieldPostings[];
  /** Documents each term occurs in. */
  private readonly documentCount: Int32Array;
  private readonly lengths: Uint16Array[];
  private readonly averageLengths: number[];
  /** Each document's term ids, for telling which terms a hit matched: document `d`'s from `termStarts[d]`. */
  private readonly termStarts: Int32Array;
  private readonly documentTerms: Int32Array;

  /**
   * `read(document, field, count)` calls `count` with the id of each term in that field of that document, in order;
   * `ids` and `terms` map terms to ids and back, and may grow while the documents are read.
   */
  constructor(
    readonly ids: ReadonlyMap<string, number>,
    readonly terms: readonly string[],
    readonly size: number,
    readonly boosts: readonly number[],
    read: (document: number, field: number, count: (term: number) => void) => void,
  ) {
    this.lengths = boosts.map(() => new Uint16Array(size));
    const totals = boosts.map(() => 0);
    // First the (term, document, count) triples of each field, in document order, and each document's terms.
    const triples = boosts.map(() => new IntList());
    const own = new IntList();
    this.termStarts = new Int32Array(size + 1);
    // The tally is one array by term id, reset after each field, so counting allocates nothing.
    const tally: number[] = [];
    const listed: number[] = [];
    // The last document each term was seen in, so that a term in several fields counts once per document.
    const lastSeen: number[] = [];
    let length = 0;
    const count = (id: number) => {
      if (!tally[id]) listed.push(id);
      tally[id] = (tally[id] ?? 0) + 1;
      length += 1;
    };
    for (let document = 0; document < size; document += 1) {
      this.termStarts[document] = own.length;
      for (let field = 0; field < boosts.length; field += 1) {
        length = 0;
        read(document, field, count);
        const found = triples[field] as IntList;
        for (const id of listed) {
          found.push(id);
          found.push(document);
          found.push(tally[id] as number);
          tally[id] = 0;
          if (lastSeen[id] !== document) {
            lastSeen[id] = document;
            own.push(id);
          }
        }
        listed.length = 0;
        length = Math.min(length, 65_535);
        (this.lengths[field] as Uint16Array)[document] = length;
        totals[field] = (totals[field] as number) + length;
      }
    }
    this.termStarts[size] = own.length;
    this.documentTerms = own.data.slice(0, own.length);
    this.averageLengths = totals.map((total) => Math.max(1, total / Math.max(1, size)));
    // Then each field's triples grouped by term (a counting sort, which keeps document order within a term).
    const termCount = terms.length;
    this.documentCount = new Int32Array(termCount);
    for (const id of this.documentTerms) this.documentCount[id] = (this.documentCount[id] as number) + 1;
    this.postings = triples.map(({ data, length }) => {
      const starts = new Int32Array(termCount + 1);
      for (let i = 0; i < length; i += 3) {
        const term = data[i] as number;
        starts[term + 1] = (starts[term + 1] as number) + 1;
      }
      for (let term = 0; term < termCount; term += 1) starts[term + 1] = (starts[term + 1] as number) + (starts[term] as number);
      const next = starts.slice(0, termCount);
      const documents = new Int32Array(length / 3);
      const counts = new Uint16Array(length / 3);
      for (let i = 0; i < length; i += 3) {
        const at = (next[data[i] as number] as number)++;
        documents[at] = data[i + 1] as number;
        counts[at] = Math.min(data[i + 2] as number, 65_535);
      }
      return { starts, documents, counts };
    });
  }

  /**
   * Adds each document's BM25+ score for `lookups` into `scores` and lists the documents it touched first in
   * `touched`. A field's score is multiplied by its boost, a lookup's by its weight.
   */
  score(lookups: readonly Lookup[], scores: Float64Array, touched: IntList): void {
    for (const { term, weight, fields } of lookups) {
      const count = this.documentCount[term] ?? 0;
      if (count === 0) continue;
      const idf = Math.log(1 + (this.size - count + 0.5) / (count + 0.5));
      for (let field = 0; field < this.postings.length; field += 1) {
        if (fields !== undefined && field !== fields) continue;
        const { starts, documents, counts } = this.postings[field] as FieldPostings;
        const lengths = this.lengths[field] as Uint16Array;
        const average = this.averageLengths[field] as number;
        const factor = weight * (this.boosts[field] as number) * idf;
        for (let i = starts[term] as number, end = starts[term + 1] as number; i < end; i += 1) {
          const document = documents[i] as number;
          const frequency = counts[i] as number;
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
    const found: number[] = [];
    for (let i = this.termStarts[document] as number; i < (this.termStarts[document + 1] as number); i += 1) {
      if (terms.has(this.documentTerms[i] as number)) found.push(this.documentTerms[i] as number);
    }
    return found;
  }

  /** The fields of `document` that contain term `id`. */
  fieldsOf(document: number, id: number): number[] {
    const fields: number[] = [];
    this.postings.forEach(({ starts, documents }, field) => {
      for (let i = starts[id] as number; i < (starts[id + 1] as number); i += 1) if (documents[i] === document) fields.push(field);
    });
    return fields;
  }
}
