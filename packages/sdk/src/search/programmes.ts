import type { Arena } from '../schemas/levels.js';
import type { Programme, Topic } from '../schemas/programme.js';
import { SearchIndex, type SearchTags } from './engine.js';
import type { SearchHit, SearchResults } from './results.js';

/** What a programme search needs: the programmes, and the topics and arenas they refer to when there are any. */
export interface ProgrammeData<P extends Programme = Programme> {
  programmes: readonly P[];
  topics?: readonly Topic[];
  arenas?: readonly Arena[];
}

export interface SearchOptions {
  /** The most hits to return; all by default. */
  limit?: number;
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

// An index lives as long as the programmes array it was built from, so a page builds it once per list.
const indexes = new WeakMap<readonly Programme[], SearchIndex<Programme>>();

function programmeIndex<P extends Programme>(data: ProgrammeData<P>): SearchIndex<P> {
  let index = indexes.get(data.programmes);
  if (!index) {
    const arenas = new Map((data.arenas ?? []).map((arena) => [arena.id, arena]));
    const names = (programme: Programme) => [
      programme.id,
      programme.abbreviation,
      ...programme.alternativeNames,
      ...all(programme.name),
    ];
    index = new SearchIndex<Programme>(
      data.programmes,
      [
        { name: 'name', boost: 6, texts: names },
        { name: 'audience', boost: 1.5, texts: (programme) => all(programme.audience) },
        { name: 'summary', boost: 1, texts: (programme) => all(programme.summary) },
        {
          name: 'details',
          boost: 0.5,
          texts: (programme) => [
            ...programme.arenas.flatMap((id) => all(arenas.get(id)?.name)),
            ...all(programme.length),
            ...all(programme.responsibleBody),
          ],
        },
      ],
      names,
      topicTags(data.topics, (programme) => programme.topics),
    );
    indexes.set(data.programmes, index);
  }
  return index as SearchIndex<P>;
}

/**
 * Programmes matching `query`, best first, each with its score and what matched. Words are matched in bokmål, nynorsk
 * and English whatever the page's language, folded, stemmed and forgiving one typo (two in long words); a programme
 * needs to match only one word, and more words, better fields (name, then topic, then audience and summary) and rarer
 * words rank higher. A query that is a programme's whole name or abbreviation puts that programme first.
 *
 * ```ts
 * searchProgrammes(catalogue, 'sinne hos barn', { limit: 5 }).map((hit) => hit.item.id);
 * ```
 */
export function searchProgrammes<P extends Programme>(data: ProgrammeData<P>, query: string, options: SearchOptions = {}): SearchHit<P>[] {
  return programmeIndex(data).search(query, options.limit);
}

/**
 * Every programme matching `query`, in the order of {@link searchProgrammes}, as one list of programmes: each hit's
 * score and matched words are made only when asked. For long lists, where a short prefix finds thousands.
 *
 * ```ts
 * const results = rankProgrammes(catalogue, 'foreldre');
 * results.items.slice(0, 20).map((programme) => highlight(localize(programme.name, 'nb'), results.termsOf(programme)));
 * ```
 */
export function rankProgrammes<P extends Programme>(data: ProgrammeData<P>, query: string): SearchResults<P> {
  return programmeIndex(data).results(query);
}

/** Other queries to offer when `query` finds no programme ("tryghet" → "trygghet"), nearest first. */
export function suggestProgrammeQueries(data: ProgrammeData, query: string): string[] {
  return programmeIndex(data).suggest(query);
}

/**
 * Builds the search index for `data` now, so that the first search does not pay for it: call it while the page is
 * idle. Searching works the same without it.
 */
export function prepareProgrammeSearch(data: ProgrammeData): void {
  programmeIndex(data);
}
