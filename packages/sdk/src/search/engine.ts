// One search engine for programmes and offers: MiniSearch (BM25+, prefix and fuzzy matching on a radix tree) fed with
// this project's Norwegian analysis, and a ranking on top that puts an exact name first and prefers records that
// match more of the words typed. Chosen by measurement: docs/decisions/0008-search-engine.md.
import MiniSearch, { type Query } from 'minisearch';
import { foldWord, pieces, splitCompound, STOP_WORDS, synonymsOf, termOf, wordsAt } from './analysis.js';

/** A field of the records to search, with its weight. */
export interface SearchField<T> {
  name: string;
  boost: number;
  texts: (item: T) => readonly (string | undefined)[];
}

/** A record that matched, with why. */
export interface SearchHit<T> {
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

/**
 * Keys a record carries, such as its topics, each found through the words given for the key. Each record indexes
 * only its keys, not their words, so a long word list costs nothing per record.
 */
export interface SearchTags<T> {
  name: string;
  boost: number;
  tags: (item: T) => readonly string[];
  /** For each key, the words and phrases that find it. A phrase finds it only when all its words are typed. */
  words: ReadonlyMap<string, readonly string[]>;
}

/** One typed word and what it is searched as. */
interface QueryWord {
  term: string;
  /** The term itself, and its synonyms or the parts of a joined word. */
  alternatives: string[];
  prefix: boolean;
  fuzzy: number;
  /** Keys (`#id`) the word names exactly, and those it names by a prefix or a typo. */
  tags: string[];
  nearTags: string[];
}

/** Edit distance allowed for a typed word: 1 from four letters, 2 from eight. */
const typos = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/** The name-like texts of a record, folded to compare a whole query against them. */
const wholeText = (text: string) => wordsAt(text).flatMap((at) => pieces(at.word)).map(foldWord).join(' ');

const termsOf = (text: string) => wordsAt(text).flatMap((at) => pieces(at.word)).map(termOf).filter(Boolean);

export class SearchIndex<T> {
  private readonly engine: MiniSearch<{ id: number }>;
  /** Every term in the index, with the word it was first seen as (for "did you mean"). */
  private readonly vocabulary = new Map<string, string>();
  private readonly names: Set<string>[];
  private readonly analysed = new Map<string, string[]>();
  /** Single-word terms of the keys' words, and the keys they find. */
  private readonly tagTerms = new Map<string, Set<string>>();
  private readonly tagPhrases: { terms: string[]; tag: string }[] = [];
  private readonly nameField: string;

  constructor(
    private readonly items: readonly T[],
    fields: readonly SearchField<T>[],
    names: (item: T) => readonly (string | undefined)[],
    private readonly tags?: SearchTags<T>,
  ) {
    this.nameField = fields[0]?.name ?? '';
    const textOf = (item: T, field: SearchField<T>) => field.texts(item).filter(Boolean).join(' \n ');
    // Records repeat texts (an offer carries its programme's names), so each text is split once.
    const split = new Map<string, string[]>();
    const tokens = (text: string) => {
      let found = split.get(text);
      if (!found) split.set(text, (found = wordsAt(text).flatMap((at) => pieces(at.word))));
      return found;
    };
    const learn = (piece: string, term: string) => {
      if (term && !this.vocabulary.has(term)) this.vocabulary.set(term, /\p{Lu}.*\p{Lu}/u.test(piece) ? piece : piece.toLowerCase());
    };
    // First pass: every word's term, so that joined words can be split into parts that exist on their own.
    const simple = new Map<string, string>();
    for (const item of items) {
      for (const field of fields) {
        for (const piece of tokens(textOf(item, field))) {
          if (simple.has(piece)) continue;
          const term = termOf(piece);
          simple.set(piece, term);
          learn(piece, term);
        }
      }
    }
    for (const [tag, phrases] of tags?.words ?? []) {
      for (const phrase of phrases) {
        const terms = termsOf(phrase);
        if (terms.length === 1) this.tagTerms.set(terms[0] as string, (this.tagTerms.get(terms[0] as string) ?? new Set()).add(`#${tag}`));
        else if (terms.length > 1) this.tagPhrases.push({ terms, tag: `#${tag}` });
        if (terms.length === 1) learn(phrase, terms[0] as string);
      }
    }
    const known = (term: string) => this.vocabulary.has(term);
    for (const [piece, term] of simple) {
      if (!term) continue;
      const folded = foldWord(piece);
      const parts = folded.length >= 7 ? splitCompound(folded, known) : undefined;
      this.analysed.set(piece, parts ? [term, ...parts.filter((part) => part !== term)] : [term]);
    }

    this.engine = new MiniSearch<{ id: number }>({
      fields: [...fields.map((field) => field.name), ...(tags ? [tags.name] : [])],
      extractField: (document, name) => {
        if (name === 'id') return document.id;
        const item = items[document.id] as T;
        if (name === tags?.name) return tags.tags(item).join(' ');
        return textOf(item, fields.find((field) => field.name === name) as SearchField<T>);
      },
      tokenize: (text, name) => (name === tags?.name ? text.split(' ').filter(Boolean) : tokens(text)),
      processTerm: (piece, name) => (name === tags?.name ? `#${piece}` : (this.analysed.get(piece) ?? null)),
      searchOptions: {
        boost: Object.fromEntries([...fields, ...(tags ? [tags] : [])].map((field) => [field.name, field.boost])),
        tokenize: (text) => [text],
        processTerm: (term) => term,
        // A completed word outranks a longer word it begins, and both outrank a typo.
        weights: { prefix: 0.6, fuzzy: 0.45 },
      },
    });
    this.engine.addAll(items.map((_, id) => ({ id })));
    this.names = items.map((item) => new Set(names(item).filter((name): name is string => !!name).map(wholeText)));
  }

  /** How a query is searched: stop words left out (unless nothing else is typed), typos and prefixes allowed. */
  private parse(query: string): QueryWord[] {
    // The word at the end is still being typed unless a space or punctuation follows it.
    const typing = /[\p{L}\p{N}]$/u.test(query);
    // A hyphenated word is searched joined ("cos-p" as "cosp"): the index holds both.
    const words = wordsAt(query).map((at, i, list) => ({ word: pieces(at.word).at(-1) ?? at.word, last: i === list.length - 1 }));
    const content = words.filter(({ word, last }) => !STOP_WORDS.has(foldWord(word)) || (last && typing));
    const known = (term: string) => this.vocabulary.has(term);
    const chosen = (content.length > 0 ? content : words).map(({ word, last }) => {
      const folded = foldWord(word);
      const term = STOP_WORDS.has(folded) ? folded : termOf(word);
      const alternatives = [term, ...synonymsOf(term)];
      if (!known(term)) alternatives.push(...(splitCompound(folded, known, true) ?? []));
      // A word that is in the index as typed is taken as meant: typo tolerance would only add near-misses ("sinne" → "inn").
      const fuzzy = known(term) ? 0 : typos(folded.length);
      const parsed: QueryWord = { term, alternatives: [...new Set(alternatives)], prefix: last && typing, fuzzy, tags: [], nearTags: [] };
      this.findTags(parsed);
      return parsed;
    });
    // A phrase ("vold i nære relasjoner") finds its key when all its words are typed; the key goes with its first word.
    const typed = new Set(chosen.flatMap((word) => word.alternatives));
    for (const { terms, tag } of this.tagPhrases) {
      if (!terms.every((term) => typed.has(term))) continue;
      chosen.find((word) => word.alternatives.includes(terms[0] as string))?.tags.push(tag);
    }
    return chosen;
  }

  /** The keys a word names: exactly, or by the prefix being typed or a typo. */
  private findTags(word: QueryWord): void {
    const exact = new Set<string>();
    const near = new Set<string>();
    for (const [term, tags] of this.tagTerms) {
      const target = word.alternatives.includes(term)
        ? exact
        : (word.prefix && term.startsWith(word.term)) || (word.fuzzy > 0 && editDistance(word.term, term, word.fuzzy) <= word.fuzzy)
          ? near
          : undefined;
      for (const tag of target ? tags : []) target?.add(tag);
    }
    word.tags = [...exact];
    word.nearTags = [...near].filter((tag) => !exact.has(tag));
  }

  /**
   * The records matching `query`, best first. Each word is searched on its own and its scores scaled to the best
   * record for it, then weighted by how rare the word is: a record needs to match only one word, and matching more
   * words, rarer words and better fields ranks higher, while a word found everywhere ("barn") cannot outweigh the rest.
   */
  search(query: string, limit = Infinity): SearchHit<T>[] {
    const words = this.parse(query);
    const found = new Map<number, { score: number; match: Record<string, string[]> }>();
    for (const word of words) {
      const queries: Query[] = [{ queries: [word.term], fuzzy: word.fuzzy }];
      // The first letters of a word match thousands of words everywhere: under four letters, only names begin with them.
      if (word.prefix) queries.push({ queries: [word.term], prefix: true, ...(word.term.length < 4 ? { fields: [this.nameField] } : {}) });
      if (word.alternatives.length > 1) queries.push({ queries: word.alternatives.slice(1), boostTerm: () => 0.8 });
      if (word.tags.length) queries.push({ queries: word.tags });
      if (word.nearTags.length) queries.push({ queries: word.nearTags, boostTerm: () => 0.5 });
      const results = this.engine.search({ combineWith: 'OR', queries });
      const best = results[0]?.score;
      if (!best) continue;
      const weight = Math.log(1 + this.items.length / results.length);
      for (const result of results) {
        const entry = found.get(result.id as number) ?? { score: 0, match: {} };
        entry.score += (weight * result.score) / best;
        Object.assign(entry.match, result.match);
        found.set(result.id as number, entry);
      }
    }
    const whole = wholeText(query);
    const hits: SearchHit<T>[] = [];
    for (const [id, { score, match }] of found) {
      hits.push(new Hit(this.items[id] as T, score, match, (this.names[id] as Set<string>).has(whole)));
    }
    hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score);
    return hits.slice(0, limit);
  }

  /**
   * Queries to suggest when `query` finds nothing: each unknown word replaced by the nearest word in the index
   * (within a third of its length, at least one edit), closest first.
   */
  suggest(query: string, count = 3): string[] {
    const words = wordsAt(query);
    const suggestions: string[] = [];
    for (const at of words) {
      const folded = foldWord(at.word);
      if (STOP_WORDS.has(folded) || folded.length < 3) continue;
      const limit = Math.max(1, Math.floor(folded.length / 3));
      const near: { word: string; distance: number }[] = [];
      for (const [term, word] of this.vocabulary) {
        if (Math.abs(term.length - folded.length) > limit + 2) continue;
        const distance = Math.min(editDistance(folded, term, limit), editDistance(folded, foldWord(word), limit));
        if (distance <= limit) near.push({ word, distance });
      }
      near.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word));
      for (const { word } of near.slice(0, count)) {
        suggestions.push(query.slice(0, at.start) + word + query.slice(at.end));
      }
    }
    return [...new Set(suggestions)].slice(0, count);
  }
}

/** A search hit whose terms and fields are worked out when asked: a search over thousands of records shows twenty. */
class Hit<T> implements SearchHit<T> {
  constructor(
    readonly item: T,
    readonly score: number,
    private readonly match: Record<string, string[]>,
    readonly exact: boolean,
  ) {}

  get terms(): string[] {
    return Object.keys(this.match).filter((term) => !term.startsWith('#'));
  }

  get fields(): Record<string, string[]> {
    const fields: Record<string, string[]> = {};
    for (const [term, found] of Object.entries(this.match)) {
      for (const field of found) (fields[field] ??= []).push(term.startsWith('#') ? term.slice(1) : term);
    }
    return fields;
  }
}

/** Levenshtein distance, or `limit + 1` as soon as it is sure to exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}
