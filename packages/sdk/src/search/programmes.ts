// The programme search a page or a server creates once for a catalogue and asks at every keystroke.
import type { Arena } from '../schemas/levels.js';
import type { Programme, Topic } from '../schemas/programme.js';
import { SearchIndex, type SearchTags } from './engine.js';
import type { SearchHit, SearchResults } from './results.js';

/** What a programme search needs: the programmes, and the topics and arenas they refer to when there are any. */
export interface ProgrammeData<P extends Programme = Programme> {
  /** The programmes to search. */
  readonly programmes: readonly P[];
  /** The topics the programmes name, found by their everyday words. */
  readonly topics?: readonly Topic[];
  /** The arenas the programmes name, found by their names. */
  readonly arenas?: readonly Arena[];
}

/** Options of a ranking. */
export interface RankOptions {
  /**
   * Read a child's age from the query ("5-åringen", "sønnen på 14", "tenåring", "gravid"; see {@link queryAge}) and
   * put the records made for other ages below those that fit. Default true; false when the reader has taken the age
   * away.
   */
  readAge?: boolean;
}

/** Options of a search. */
export interface SearchOptions extends RankOptions {
  /** The most hits to return; all by default. */
  limit?: number;
}

/** A search over one set of records, built once (see {@link createProgrammeSearch}). */
export interface Search<T> {
  /** The records matching `query`, best first, each with its score and what matched; at most `limit`. */
  search(query: string, options?: SearchOptions): SearchHit<T>[];
  /**
   * Every record matching `query`, in the order of `search`, as one list: each hit's score and matched words are made
   * only when asked. For long lists, where a short prefix finds thousands.
   */
  rank(query: string, options?: RankOptions): SearchResults<T>;
  /** Other queries to offer when `query` finds nothing ("tryghet" → "trygghet"), nearest first. */
  suggest(query: string): string[];
}

/** Every language's text of a localized text (a chunk holds one, the full catalogue three). */
export const all = (text: object | undefined): string[] => (text ? Object.values(text) : []);

/** Topics as search keys: a record carries topic ids, found through each topic's name and everyday words. */
export function topicTags<T>(topics: readonly Topic[] | undefined, of: (item: T) => readonly string[]): SearchTags<T> {
  return {
    name: 'topics',
    boost: 3,
    tags: of,
    words: new Map((topics ?? []).map((topic) => [topic.id, [...all(topic.name), ...topic.words]])),
  };
}

/** The search's view of an index. */
export function searchOf<T>(index: SearchIndex<T>): Search<T> {
  return {
    search: (query, options = {}) => index.search(query, options.limit, options.readAge),
    rank: (query, options = {}) => index.results(query, options.readAge),
    suggest: (query) => index.suggest(query),
  };
}

/**
 * A search over `data`'s programmes, its index built now: create it once per catalogue (while the page is idle, say)
 * and ask it at every keystroke. Words are matched in bokmål, nynorsk and English whatever the page's language,
 * folded, stemmed and forgiving one typo (two in long words); a programme needs to match only one word, and more
 * words, better fields (name, then topic, then audience and summary) and rarer words rank higher. A query that is a
 * programme's whole name or abbreviation puts that programme first. A child's age in the query ("my 5 year old",
 * "sønnen på 14") puts programmes for other ages after those that fit; the little words of a question ("hva gjør vi
 * når…") count for nothing.
 *
 * ```ts
 * const programmes = createProgrammeSearch(catalogue);
 * programmes.search('sinne hos barn', { limit: 5 }).map((hit) => hit.item.id);
 * ```
 */
export function createProgrammeSearch<P extends Programme>(data: ProgrammeData<P>): Search<P> {
  const arenas = new Map((data.arenas ?? []).map((arena) => [arena.id, arena]));
  const names = (programme: Programme) => [programme.id, programme.abbreviation, ...programme.alternativeNames, ...all(programme.name)];
  const index = new SearchIndex<P>(
    data.programmes,
    [
      { name: 'name', boost: 6, texts: names },
      { name: 'audience', boost: 1.5, texts: (programme) => all(programme.audience) },
      { name: 'summary', boost: 1, texts: (programme) => all(programme.summary) },
      {
        name: 'details',
        boost: 0.5,
        texts: (programme) => [...programme.arenas.flatMap((id) => all(arenas.get(id)?.name)), ...all(programme.length), ...all(programme.responsibleBody)],
      },
    ],
    names,
    topicTags(data.topics, (programme) => programme.topics),
    (programme) => programme.ageRange,
  );
  return searchOf(index);
}
