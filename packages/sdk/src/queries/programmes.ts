import type { Catalogue } from '../schemas/catalogue.js';
import type { AgeRange } from '../schemas/common.js';
import type { PreventionLevelId } from '../schemas/levels.js';
import type { DeliveryFormat, Programme, ProgrammeCategory } from '../schemas/programme.js';
import { foldedWords, hasWordStartingWith, searchableWords } from './text.js';


/** The programme with this id, or undefined. */
export function getProgramme(data: Pick<Catalogue, 'programmes'>, id: string): Programme | undefined {
  return data.programmes.find((programme) => programme.id === id);
}

/** Programmes that name `measureNumber` among their related measures. */
export function programmesForMeasure(data: Pick<Catalogue, 'programmes'>, measureNumber: number): Programme[] {
  return data.programmes.filter((programme) => programme.relatedMeasures.includes(measureNumber));
}

export interface ProgrammeFilter {
  /** Free text: every word must begin a word of a name, abbreviation or alternative name (or, ranked lower, of the summary). */
  query?: string;
  /** Any of these levels. */
  levels?: readonly PreventionLevelId[];
  /** A child's age, or an age span that must overlap the programme's. Programmes without an age range are left out. */
  age?: number | Pick<AgeRange, 'min' | 'max'>;
  /** Any of these formats. */
  formats?: readonly DeliveryFormat[];
  /** Any of these arena ids. */
  arenas?: readonly string[];
  /** Any of these categories. */
  categories?: readonly ProgrammeCategory[];
  /** Only programmes with at least one evidence rating. */
  rated?: boolean;
  /** Only programmes rated at least this on Ungsinn's 0–5 scale. */
  minUngsinnLevel?: number;
}

interface SearchWords {
  /** Distinct folded words of the names, each preceded by a space: " icdp international child …". */
  names: string;
  other: string;
}

// Folding every text on every keystroke would dominate a finder over thousands of records,
// so each programme's words are folded once and kept for as long as the programme object lives.
const wordCache = new WeakMap<Programme, SearchWords>();

function searchWords(programme: Programme): SearchWords {
  let words = wordCache.get(programme);
  if (!words) {
    const names = [
      programme.id,
      programme.abbreviation ?? '',
      ...programme.alternativeNames,
      ...Object.values(programme.name),
    ];
    words = {
      names: searchableWords(names.join(' ')),
      other: searchableWords(Object.values(programme.summary).join(' ')),
    };
    wordCache.set(programme, words);
  }
  return words;
}

/**
 * Folds every programme's search words now, so that the first search over a long list does not pay for it:
 * call it while the page is idle. Searching works the same without it.
 */
export function prepareProgrammeSearch(data: { programmes: readonly Programme[] }): void {
  for (const programme of data.programmes) searchWords(programme);
}

/** 0 when some word of the query is not found; higher when more words hit a name. */
function score(programme: Programme, tokens: readonly string[]): number {
  const words = searchWords(programme);
  let total = 0;
  for (const token of tokens) {
    if (hasWordStartingWith(words.names, token)) total += 2;
    else if (hasWordStartingWith(words.other, token)) total += 1;
    else return 0;
  }
  return total;
}

function overlaps(range: AgeRange | undefined, age: NonNullable<ProgrammeFilter['age']>): boolean {
  if (!range) return false;
  const wanted = typeof age === 'number' ? { min: age, max: age } : age;
  return range.min <= wanted.max && wanted.min <= range.max;
}

const anyOf = <T>(wanted: readonly T[] | undefined, have: readonly T[]) =>
  !wanted || wanted.length === 0 || wanted.some((item) => have.includes(item));

/** Programmes matching every given criterion; with a query, best matches first, else catalogue order. */
export function findProgrammes<P extends Programme>(data: { programmes: readonly P[] }, filter: ProgrammeFilter = {}): P[] {
  const tokens = filter.query ? foldedWords(filter.query) : [];
  // Scores are small whole numbers, so matches go into one bucket per score, each in catalogue order:
  // the best-first order without a comparison sort, which matters at thousands of records.
  const buckets: P[][] = [];
  for (const programme of data.programmes) {
    if (!anyOf(filter.levels, programme.levels)) continue;
    if (!anyOf(filter.formats, programme.formats)) continue;
    if (!anyOf(filter.arenas, programme.arenas)) continue;
    if (filter.categories && filter.categories.length > 0 && !filter.categories.includes(programme.category)) continue;
    if (filter.age !== undefined && !overlaps(programme.ageRange, filter.age)) continue;
    if (filter.rated && programme.evidence.length === 0) continue;
    if (
      filter.minUngsinnLevel !== undefined &&
      !programme.evidence.some((rating) => rating.source === 'ungsinn' && rating.level >= (filter.minUngsinnLevel as number))
    ) {
      continue;
    }
    const points = tokens.length > 0 ? score(programme, tokens) : 1;
    if (points > 0) (buckets[points] ??= []).push(programme);
  }
  return buckets.reverse().flatMap((bucket) => bucket ?? []);
}
