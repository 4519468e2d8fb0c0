// One search engine for programmes and offers: this project's Norwegian analysis, BM25+ over an inverted index with
// prefix and typo expansion, and a ranking on top that puts an exact name first and prefers records that match more
// of the words typed. Chosen by measurement against MiniSearch: docs/decisions/0008-search-engine.md.
import { Memo } from '../internal/memo.js';
import { IntList, InvertedIndex, type Lookup } from './inverted-index.js';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, MAX_WORD_LENGTH } from './limits.js';
import { addScaled, editDistance, rank } from './ranking.js';
import { SearchResults, type SearchHit, type SearchSource } from './results.js';
import { WordList } from './word-list.js';
import { queryAge, type QueryAge } from './age.js';
import { EVERYDAY_WORDS, foldWord, isStopWord, pieces, splitCompound, synonymsOf, termOf, tokenize, wordsAt } from './analysis.js';

/** A field of the records to search, with its weight. */
export interface SearchField<T> {
  name: string;
  boost: number;
  texts: (item: T) => readonly (string | undefined)[];
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
  /** The word as typed, folded. */
  typed: string;
  /** The term itself, and its synonyms or the parts of a joined word. */
  alternatives: string[];
  prefix: boolean;
  fuzzy: number;
  /** Keys (`#id`) the word names exactly, and those it names by a prefix or a typo. */
  tags: string[];
  nearTags: string[];
}

/** The ages a record is for, when it says; a record that does not is for any age. */
export type AgesOf<T> = (item: T) => { readonly min: number; readonly max: number; readonly fromPregnancy?: boolean } | undefined;

/** Whether a record for ages `range` fits `age`: they overlap, or, before birth, it starts at birth or before. */
export function fitsAge(range: ReturnType<AgesOf<unknown>>, age: Pick<QueryAge, 'min' | 'max' | 'fromPregnancy'>): boolean {
  if (!range) return true;
  if (age.fromPregnancy) return range.fromPregnancy === true || range.min === 0;
  return range.min <= age.max && age.min <= range.max;
}

/**
 * The words an age stated in numbers stands for in a search: a teenager's or a baby's age finds the records about
 * teenagers or babies, as the words would.
 */
const ageWords = (age: QueryAge) => (age.fromPregnancy ? '' : age.min >= 13 ? 'tenåring' : age.max <= 1 ? 'baby' : '');

/** Edit distance allowed for a typed word: 1 from four letters, 2 from eight. */
const typos = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/** Words folded once: names share their words, and the first twenty hits of every keystroke are checked. */
const foldedWords = new Memo<string, string>(50_000);
const folded = (word: string) => foldedWords.get(word, foldWord);

/** `query` within the limits above: its first {@link MAX_QUERY_WORDS} words, each of at most {@link MAX_WORD_LENGTH}. */
export function boundedQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH && !/[\p{L}\p{N}]{41}/u.test(query) && (query.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= MAX_QUERY_WORDS) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH * 4).replace(/[\p{L}\p{N}]{41,}/gu, (word) => word.slice(0, MAX_WORD_LENGTH));
  const words = [...cut.matchAll(/[\p{L}\p{N}]+/gu)];
  const end = words.length > MAX_QUERY_WORDS ? (words[MAX_QUERY_WORDS - 1]?.index ?? 0) + (words[MAX_QUERY_WORDS - 1]?.[0].length ?? 0) : cut.length;
  return cut.slice(0, Math.min(end, MAX_QUERY_LENGTH));
}

/** The name-like texts of a record, folded to compare a whole query against them. */
const wholeText = (text: string) => tokenize(text).map(folded).join(' ');

const termsOf = (text: string) =>
  wordsAt(text)
    .flatMap((at) => pieces(at.word))
    .map(termOf)
    .filter(Boolean);

export class SearchIndex<T> implements SearchSource {
  readonly index: InvertedIndex;
  readonly fieldNames: string[];
  /** Every term in the index, with the word it was first seen as (for "did you mean"). */
  private readonly vocabulary = new Map<string, string>();
  /** Each record's names, folded whole, worked out the first time the record is a hit. */
  private readonly names: (Set<string> | undefined)[] = [];
  /** Single-word terms of the keys' words, and the keys they find. */
  private readonly tagTerms = new Map<string, Set<string>>();
  private readonly tagPhrases: { terms: string[]; tag: string }[] = [];
  /** The last searches and their results; those of one or two letters apart (see `results`). */
  private readonly recent = new Memo<string, SearchResults<T>>(16);
  /**
   * Topic words as written (folded), and the keys they find: typos are measured against what is written. Two plain
   * lists, read at every keystroke without making an object per word.
   */
  private readonly tagWritten: { words: string[]; tags: string[][] } = { words: [], tags: [] };
  private readonly starts = new Memo<string, SearchResults<T>>(16);
  /** Kept between searches, each search leaving them as it found them: a keystroke allocates little but its result. */
  private readonly buffers: { total: Float64Array; scores: Float64Array; found: IntList; touched: IntList; keys: Float64Array };
  private shownWords: [string, string, string][] | undefined;
  /** The words of the records as written and as terms, for the word being typed and for typos. */
  private readonly words: WordList;
  /** The field that short prefixes search: the first, the records' names. */
  private readonly nameField: number;

  constructor(
    private readonly items: readonly T[],
    fields: readonly SearchField<T>[],
    private readonly nameTexts: (item: T) => readonly (string | undefined)[],
    private readonly tags?: SearchTags<T>,
    private readonly agesOf?: AgesOf<T>,
  ) {
    // Records repeat texts (an offer carries its programme's names; a name often reads the same in nb, nn and en), and
    // texts repeat words: each distinct text is split into pieces once, and each distinct piece numbered and given
    // its term once. A record's field is kept as the numbers of its texts, in flat typed arrays.
    const textNumbers = new Map<string, number>();
    const textPieces: number[][] = [];
    const pieceNumbers = new Map<string, number>();
    const pieceTerms: string[] = [];
    const fieldTexts = new IntList();
    const fieldStarts = new Int32Array(items.length * fields.length + 1);
    const learn = (piece: string, term: string) => {
      if (term && !this.vocabulary.has(term)) this.vocabulary.set(term, piece);
    };
    const numberOf = (piece: string) => {
      let number = pieceNumbers.get(piece);
      if (number === undefined) {
        const term = termOf(piece);
        pieceNumbers.set(piece, (number = pieceTerms.length));
        pieceTerms.push(term);
        learn(piece, term);
      }
      return number;
    };
    items.forEach((item, document) => {
      fields.forEach((field, f) => {
        const start = fieldTexts.length;
        fieldStarts[document * fields.length + f] = start;
        for (const text of field.texts(item)) {
          if (!text) continue;
          let number = textNumbers.get(text);
          if (number === undefined) {
            textNumbers.set(text, (number = textPieces.length));
            textPieces.push(tokenize(text).map(numberOf));
          }
          // The same text twice in a field counts once.
          if (!fieldTexts.has(number, start)) fieldTexts.push(number);
        }
      });
    });
    fieldStarts[items.length * fields.length] = fieldTexts.length;
    const tagWritten = new Map<string, Set<string>>();
    for (const [tag, phrases] of tags?.words ?? []) {
      for (const phrase of phrases) {
        const terms = termsOf(phrase);
        if (terms.length === 1) this.tagTerms.set(terms[0] as string, (this.tagTerms.get(terms[0] as string) ?? new Set()).add(`#${tag}`));
        else if (terms.length > 1) this.tagPhrases.push({ terms, tag: `#${tag}` });
        if (terms.length === 1) learn(phrase, terms[0] as string);
        if (terms.length === 1) tagWritten.set(foldWord(phrase), (tagWritten.get(foldWord(phrase)) ?? new Set()).add(`#${tag}`));
      }
    }
    for (const [written, found] of tagWritten) {
      this.tagWritten.words.push(written);
      this.tagWritten.tags.push([...found]);
    }

    // Terms get ids as they are first met; a joined word also stands for its parts ("foreldrekurs": foreldr, kur).
    const ids = new Map<string, number>();
    const terms: string[] = [];
    const id = (term: string) => {
      let found = ids.get(term);
      if (found === undefined) {
        ids.set(term, (found = terms.length));
        terms.push(term);
      }
      return found;
    };
    const known = (term: string) => this.vocabulary.has(term);
    // A part of a joined word begins like a known term: its first three letters rule out most cuts at once.
    const starts = new Set([...this.vocabulary.keys()].map((term) => term.slice(0, 3)));
    const mayBeWord = (part: string) => starts.has(part.slice(0, 3));
    // Numbered in the order first met, as the map keeps them.
    const pieceTexts = [...pieceNumbers.keys()];
    const written: [string, number][] = [];
    const pieceIds = pieceTerms.map((term, number) => {
      if (!term) return [];
      const folded = foldWord(pieceTexts[number] as string);
      const parts = folded.length >= 7 ? splitCompound(folded, known, false, mayBeWord) : undefined;
      written.push([folded, id(term)]);
      return parts ? [id(term), ...parts.filter((part) => part !== term).map(id)] : [id(term)];
    });
    this.words = new WordList(written, terms);
    const tagIds = new Map<string, number>();
    const tagId = (tag: string) => {
      let found = tagIds.get(tag);
      if (found === undefined) tagIds.set(tag, (found = id(`#${tag}`)));
      return found;
    };
    this.buffers = {
      total: new Float64Array(items.length),
      scores: new Float64Array(items.length),
      found: new IntList(),
      touched: new IntList(),
      keys: new Float64Array(items.length),
    };
    this.fieldNames = [...fields.map((field) => field.name), ...(tags ? [tags.name] : [])];
    this.nameField = 0;
    this.index = new InvertedIndex(
      ids,
      terms,
      items.length,
      [...fields.map((field) => field.boost), ...(tags ? [tags.boost] : [])],
      (document, field, count) => {
        if (field === fields.length) {
          for (const tag of tags?.tags(items[document] as T) ?? []) count(tagId(tag));
          return;
        }
        const at = document * fields.length + field;
        for (let i = fieldStarts[at] as number; i < (fieldStarts[at + 1] as number); i += 1) {
          for (const piece of textPieces[fieldTexts.data[i] as number] as number[]) for (const term of pieceIds[piece] as number[]) count(term);
        }
      },
    );
  }

  /** How a query is searched: stop words left out (unless nothing else is typed), typos and prefixes allowed. */
  private parse(query: string): QueryWord[] {
    // The word at the end is still being typed unless a space or punctuation follows it.
    const typing = /[\p{L}\p{N}]$/u.test(query);
    // A hyphenated word is searched joined ("cos-p" as "cosp"): the index holds both.
    const words = wordsAt(query).map((at, i, list) => ({ word: pieces(at.word).at(-1) ?? at.word, last: i === list.length - 1 }));
    const content = words.filter(({ word, last }) => !isStopWord(word) || (last && typing));
    const known = (term: string) => this.vocabulary.has(term);
    const chosen = (content.length > 0 ? content : words).map(({ word, last }) => {
      const folded = foldWord(word);
      const term = isStopWord(word) ? folded : termOf(word);
      const alternatives = [term, ...synonymsOf(term)];
      if (!known(term)) alternatives.push(...(splitCompound(folded, known, true) ?? []));
      // A word that is in the index as typed is taken as meant: typo tolerance would only add near-misses ("sinne" → "inn").
      // So is an everyday word that no record uses ("søvn" is not a misspelt "soner").
      const fuzzy = known(term) || EVERYDAY_WORDS.has(folded) ? 0 : typos(folded.length);
      const parsed: QueryWord = { term, typed: folded, alternatives: [...new Set(alternatives)], prefix: last && typing, fuzzy, tags: [], nearTags: [] };
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

  /** Whether `whole` (a folded query) is one of record `id`'s names. */
  private isName(id: number, whole: string): boolean {
    let names = this.names[id];
    if (!names) {
      names = new Set(
        this.nameTexts(this.items[id] as T)
          .filter((name): name is string => !!name)
          .map(wholeText),
      );
      this.names[id] = names;
    }
    return names.has(whole);
  }

  /** The keys a word names: exactly, or by the prefix being typed or a typo. */
  private findTags(word: QueryWord): void {
    const exact = new Set<string>();
    const near = new Set<string>();
    for (const alternative of word.alternatives) for (const tag of this.tagTerms.get(alternative) ?? []) exact.add(tag);
    // The word being typed, and typos, against the words as written: "inne" begins no topic word, though its stem
    // "inn" begins "innvandrer".
    if (word.prefix || word.fuzzy > 0) {
      const { words, tags } = this.tagWritten;
      for (let i = 0; i < words.length; i += 1) {
        const written = words[i] as string;
        const begins = word.prefix && written.startsWith(word.typed);
        const typo =
          word.fuzzy > 0 && Math.abs(written.length - word.typed.length) <= word.fuzzy && editDistance(word.typed, written, word.fuzzy) <= word.fuzzy;
        if (begins || typo) for (const tag of tags[i] as string[]) near.add(tag);
      }
    }
    word.tags = [...exact];
    word.nearTags = [...near].filter((tag) => !exact.has(tag));
  }

  /**
   * The records matching `query`, best first. Each word is searched on its own and its scores scaled to the best
   * record for it, then weighted by how rare the word is: a record needs to match only one word, and matching more
   * words, rarer words and better fields ranks higher, while a word found everywhere ("barn") cannot outweigh the rest.
   */
  search(query: string, limit = Infinity, readAge = true): SearchHit<T>[] {
    return this.results(query, readAge).hits(0, limit);
  }

  /**
   * Every record matching `query`, best first (see {@link search}). With `readAge`, a child's age the query states
   * ({@link queryAge}) puts the records made for other ages below those that fit.
   */
  results(query: string, readAge = true): SearchResults<T> {
    // Typing goes back over what it typed (a backspace, a word erased): the last few searches are kept. Every search
    // begins with a letter or two, which find the most records and are typed again with each new search: those are
    // kept apart, so that longer words do not push them out.
    const bounded = boundedQuery(query);
    const reading = readAge && this.agesOf !== undefined;
    return (bounded.trim().length <= 2 ? this.starts : this.recent).get(`${reading ? 'a' : '-'}${bounded}`, () => this.run(bounded, reading));
  }

  private run(query: string, readAge: boolean): SearchResults<T> {
    const age = readAge ? queryAge(query) : undefined;
    // An age in numbers is not searched as words ("14", "åringen"); what it stands for is.
    let searched = query;
    for (const [start, end, kind] of age?.spans ?? [])
      if (kind === 'number') searched = searched.slice(0, start) + ' '.repeat(end - start) + searched.slice(end);
    if (age && age.spans.some(([, , kind]) => kind === 'number')) searched = `${ageWords(age)} ${searched}`;
    const words = searched.trim() ? this.parse(searched) : [];
    // The score buffers are all zero between searches; the lists of documents found and touched are emptied here.
    const { total, scores, found, touched, keys } = this.buffers;
    found.length = 0;
    const looked = new Set<number>();
    for (const word of words) {
      const lookups = this.lookups(word);
      for (const lookup of lookups) looked.add(lookup.term);
      touched.length = 0;
      this.index.score(lookups, scores, touched);
      if (touched.length > 0) addScaled(touched, scores, total, found, Math.log(1 + this.items.length / touched.length));
    }
    // A question of nothing but an age ("4-åring") finds the records made for that age.
    if (age && words.length === 0) {
      this.items.forEach((item, document) => {
        if (this.agesOf?.(item) && fitsAge(this.agesOf(item), age)) {
          found.push(document);
          total[document] = 1;
        }
      });
    }
    const order = rank(found, total, keys);
    // A whole name goes first. It also scores high, so looking among the first twenty (a page of results) finds it.
    const whole = wholeText(query);
    const exact = order.subarray(0, 20).filter((document) => this.isName(document, whole));
    if (exact.length > 0) {
      const rest = order.filter((document) => !exact.includes(document));
      order.set(exact);
      order.set(rest, exact.length);
    }
    // Records made for another age than the question's go below those that fit, each group in its order.
    if (age) {
      const fits = (document: number) => fitsAge(this.agesOf?.(this.items[document] as T), age);
      const fitting = order.filter(fits);
      if (fitting.length < order.length) {
        const other = order.filter((document) => !fits(document));
        order.set(fitting);
        order.set(other, fitting.length);
      }
    }
    const items = new Array<T>(order.length);
    const ranked = new Float64Array(order.length);
    for (let i = 0; i < order.length; i += 1) {
      items[i] = this.items[order[i] as number] as T;
      ranked[i] = total[order[i] as number] as number;
    }
    for (let i = 0; i < found.length; i += 1) total[found.data[i] as number] = 0;
    // Kept for the next time the query is typed: frozen, so that no caller can change what the next one gets.
    return new SearchResults(Object.freeze(items), order, ranked, exact.length, looked, this, age);
  }

  /** The terms a word is looked up as, with how much each counts. */
  private lookups(word: QueryWord): Lookup[] {
    const lookups: Lookup[] = [];
    const add = (term: string, weight: number, fields?: number) => {
      const id = this.index.ids.get(term);
      if (id !== undefined) lookups.push({ term: id, weight, ...(fields === undefined ? {} : { fields }) });
    };
    add(word.term, 1);
    for (const term of word.alternatives.slice(1)) add(term, 0.8);
    for (const tag of word.tags) add(tag, 1);
    for (const tag of word.nearTags) add(tag, 0.5);
    // A completed word outranks a longer word it begins, and both outrank a typo. The first letters of a word match
    // thousands of words everywhere: under four letters, only names begin with them.
    if (word.prefix) {
      const fields = word.typed.length < 4 ? this.nameField : undefined;
      // The words that begin as typed, and those that begin with its stem ("foreldre" → "foreldr": "foreldrar"), unless
      // the stem is too short to say much ("fore" → "for": "form", "forsking").
      const completions = this.words.completions(word.typed, word.term.length >= 4 ? this.words.completions(word.term) : undefined);
      const added = new Set(lookups.map((lookup) => lookup.term));
      for (const [id, length] of completions) {
        if (!added.has(id))
          lookups.push({
            term: id,
            weight: (0.6 * length) / (length + 0.3 * Math.max(0, length - word.typed.length)),
            ...(fields === undefined ? {} : { fields }),
          });
      }
    }
    if (word.fuzzy > 0) for (const [id, weight] of this.words.nearWords(word.typed, word.fuzzy)) lookups.push({ term: id, weight });
    return lookups;
  }

  /**
   * Queries to suggest when `query` finds nothing: each unknown word replaced by the nearest word in the index
   * (within a third of its length, at least one edit), closest first.
   */
  suggest(asked: string, count = 3): string[] {
    const query = boundedQuery(asked);
    const words = wordsAt(query);
    const suggestions: string[] = [];
    for (const at of words) {
      const folded = foldWord(at.word);
      // A real word is not a typo of another: no "soner" for "søvn".
      if (isStopWord(at.word) || EVERYDAY_WORDS.has(folded) || folded.length < 3) continue;
      const limit = Math.max(1, Math.floor(folded.length / 3));
      const near: { word: string; distance: number }[] = [];
      // Words as shown, folded once: a suggestion is measured against what the reader would see.
      // Against the word as shown and its stem, both folded once for the index ("fnegsl" is near "fengsl", from "fengsler").
      this.shownWords ??= [...this.vocabulary]
        .filter(([, word]) => !/^\d+$/.test(word))
        // Shown in lower case, unless written with capitals inside ("COS-P", "TIBIR").
        .map(([term, word]) => [/\p{Lu}.*\p{Lu}/u.test(word) ? word : word.toLowerCase(), foldWord(word), term]);
      for (const [word, shown, term] of this.shownWords) {
        if (Math.abs(term.length - folded.length) > limit && Math.abs(shown.length - folded.length) > limit) continue;
        const distance = Math.min(editDistance(folded, shown, limit), editDistance(folded, term, limit));
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
