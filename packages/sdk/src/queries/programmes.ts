// The catalogue's programmes: one by id, whether one meets a filter, the order they are shown in, and the one rule for
// whether a child's age fits an age range (used for offers too).
import type { AgeRange } from '../schemas/common.js';
import type { PreventionLevelId } from '../schemas/levels.js';
import type { DeliveryFormat, Programme, ProgrammeCategory } from '../schemas/programme.js';

/** The programme with this id, or undefined. */
export function getProgramme<P extends Programme>(data: { readonly programmes: readonly P[] }, id: string): P | undefined {
  return data.programmes.find((programme) => programme.id === id);
}

/** A child's age in whole years, or an age span (both ends included). */
export type AgeQuery = number | Pick<AgeRange, 'min' | 'max'>;

/**
 * Whether `range` fits `age`: the age is in it, or the span overlaps it. A range that begins in pregnancy fits age 0.
 * No range fits nothing: a programme or offer that does not say its ages is not for a given age.
 */
export function ageOverlaps(range: Pick<AgeRange, 'min' | 'max'> | undefined, age: AgeQuery): boolean {
  if (!range) return false;
  const wanted = typeof age === 'number' ? { min: age, max: age } : age;
  return range.min <= wanted.max && wanted.min <= range.max;
}

/** What {@link findProgrammes} keeps: every criterion given must hold; a list holds when any of its items does. */
export interface ProgrammeFilter {
  /** Free text, ranked as `createProgrammeSearch` ranks. Without it, the order is {@link orderProgrammes}'. */
  query?: string;
  /** Any of these levels. */
  levels?: readonly PreventionLevelId[];
  /** A child's age, or an age span that must overlap the programme's. Programmes without an age range are left out. */
  age?: AgeQuery;
  /** Any of these formats. */
  formats?: readonly DeliveryFormat[];
  /** Any of these arena ids. */
  arenas?: readonly string[];
  /** Any of these categories. */
  categories?: readonly ProgrammeCategory[];
  /** Only programmes related to this measure of the strategy. */
  measure?: number;
  /** Only programmes with at least one evidence rating. */
  rated?: boolean;
  /** Only programmes rated at least this on Ungsinn's 0–5 scale. */
  minUngsinnLevel?: number;
}

const anyOf = <T>(wanted: readonly T[] | undefined, have: readonly T[]) => !wanted || wanted.length === 0 || wanted.some((item) => have.includes(item));

/** Whether `programme` meets every criterion of `filter` but the query. */
export function programmeMatches(programme: Programme, filter: Omit<ProgrammeFilter, 'query'>): boolean {
  if (!anyOf(filter.levels, programme.levels)) return false;
  if (!anyOf(filter.formats, programme.formats)) return false;
  if (!anyOf(filter.arenas, programme.arenas)) return false;
  if (filter.categories && filter.categories.length > 0 && !filter.categories.includes(programme.category)) return false;
  if (filter.age !== undefined && !ageOverlaps(programme.ageRange, filter.age)) return false;
  if (filter.measure !== undefined && !programme.relatedMeasures.includes(filter.measure)) return false;
  if (filter.rated && programme.evidence.length === 0) return false;
  const min = filter.minUngsinnLevel;
  return min === undefined || programme.evidence.some((rating) => rating.source === 'ungsinn' && rating.level >= min);
}

/**
 * Categories for professionals rather than families (staff training, collaboration models): without a query they
 * come last, so that a parent sees what they can join first.
 */
const FOR_PROFESSIONALS: readonly ProgrammeCategory[] = ['staff-training', 'collaboration-model'];

/** Whether `programme` is for professionals (staff training, a collaboration model) rather than for families to join. */
export function isForProfessionals(programme: Pick<Programme, 'category'>): boolean {
  return FOR_PROFESSIONALS.includes(programme.category);
}

/** Programmes in the order shown without a search: for families first, for professionals last, else as given. */
export function orderProgrammes<P extends Programme>(programmes: readonly P[]): P[] {
  return [...programmes.filter((programme) => !isForProfessionals(programme)), ...programmes.filter(isForProfessionals)];
}
