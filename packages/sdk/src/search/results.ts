// What one search found. The first letters typed match thousands of records and a page shows twenty, so the records
// come as one list and each hit's score and matched words are made only when asked: no object per record found.
import type { QueryAge } from './age.js';
import type { InvertedIndex } from './inverted-index.js';

/** A record that matched, with why. */
export interface SearchHit<T> {
  /** The record. */
  item: T;
  /** Higher is better; comparable only within one search. */
  score: number;
  /** The record's search terms that matched, for {@link highlight}. */
  terms: string[];
  /** For each field that matched (`name`, `summary`, …), the terms found there; for `topics`, the topic ids. */
  fields: Record<string, string[]>;
  /** The query is one of the record's names, abbreviation or id, whole. */
  exact: boolean;
}

/** How a search reads its index when asked what a record matched. */
export interface SearchSource {
  readonly index: InvertedIndex;
  readonly fieldNames: readonly string[];
}

/**
 * Every record a search found, best first. `items` lists them; {@link SearchResults.hit} and
 * {@link SearchResults.termsOf} tell what one of them matched. A repeated query returns the same results, so `items`
 * is frozen: copy it to sort or change it.
 */
export class SearchResults<T> {
  /** @internal */
  constructor(
    /** The records found, best first. */
    readonly items: readonly T[],
    private readonly documents: Int32Array,
    private readonly scores: Float64Array,
    /** How many records at the top are exact name matches. */
    private readonly exactCount: number,
    private readonly looked: ReadonlySet<number>,
    private readonly source: SearchSource,
    /** The child's age the query stated, when it was read: records for other ages come after those that fit. */
    readonly age?: QueryAge,
  ) {}

  /** How many records were found. */
  get length(): number {
    return this.items.length;
  }

  /** The hit at `position` (0 is the best), with its score and what matched. */
  hit(position: number): SearchHit<T> {
    if (!(position >= 0 && position < this.items.length)) throw new RangeError(`No hit at position ${position} of ${this.items.length}.`);
    return new Hit(
      this.items[position] as T,
      this.scores[position] as number,
      position < this.exactCount,
      this.source,
      this.documents[position] as number,
      this.looked,
    );
  }

  /** The hits from `start` up to (not including) `end`, as `Array.prototype.slice` counts. */
  hits(start = 0, end = this.items.length): SearchHit<T>[] {
    const from = Math.max(0, Math.min(start, this.items.length));
    const to = Math.max(from, Math.min(end, this.items.length));
    const hits: SearchHit<T>[] = [];
    for (let position = from; position < to; position += 1) hits.push(this.hit(position));
    return hits;
  }

  /** The search terms `item` matched (for {@link highlight}), or none when this search did not find it. */
  termsOf(item: T): string[] {
    // Looked up by position: what a page shows is near the top, so the search from the top is short.
    const position = this.items.indexOf(item);
    return position < 0 ? [] : termsMatched(this.source.index, this.documents[position] as number, this.looked);
  }
}

const termsMatched = (index: InvertedIndex, document: number, looked: ReadonlySet<number>) =>
  index
    .termsOf(document, looked)
    .map((id) => index.terms[id] as string)
    .filter((term) => !term.startsWith('#'));

/** A search hit whose terms and fields are worked out when asked. */
class Hit<T> implements SearchHit<T> {
  constructor(
    readonly item: T,
    readonly score: number,
    readonly exact: boolean,
    private readonly source: SearchSource,
    private readonly document: number,
    private readonly looked: ReadonlySet<number>,
  ) {}

  get terms(): string[] {
    return termsMatched(this.source.index, this.document, this.looked);
  }

  get fields(): Record<string, string[]> {
    const { index, fieldNames } = this.source;
    const fields: Record<string, string[]> = {};
    for (const id of index.termsOf(this.document, this.looked)) {
      const term = index.terms[id] as string;
      for (const field of index.fieldsOf(this.document, id)) {
        (fields[fieldNames[field] as string] ??= []).push(term.startsWith('#') ? term.slice(1) : term);
      }
    }
    return fields;
  }
}
