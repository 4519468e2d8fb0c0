import type { Offer } from '../schemas/offer.js';
import type { Programme } from '../schemas/programme.js';
import { programmeMatches, type ProgrammeFilter } from './programmes.js';

/**
 * What local offers to show. The programme criteria (levels, formats, categories, arenas) apply to the programme an
 * offer is an instance of, so an offer without a programme is left out when one of them is set. Age applies to the
 * offer's own age range, else its programme's.
 */
export type OfferFilter = Pick<ProgrammeFilter, 'query' | 'levels' | 'formats' | 'categories' | 'arenas' | 'age'>;

/** Whether `offer`, an instance of `programme` (if any), meets every criterion of `filter` but the query. */
export function offerMatches(offer: Offer, programme: Programme | undefined, filter: Omit<OfferFilter, 'query'>): boolean {
  const { levels, formats, categories, arenas, age } = filter;
  if ([levels, formats, categories, arenas].some((list) => list && list.length > 0)) {
    if (!programme || !programmeMatches(programme, { levels, formats, categories, arenas })) return false;
  }
  if (age === undefined) return true;
  const range = offer.ageRange ?? programme?.ageRange;
  const wanted = typeof age === 'number' ? { min: age, max: age } : age;
  return range !== undefined && range.min <= wanted.max && wanted.min <= range.max;
}

/** Offers in the order shown without a search: dated ones by start date, soonest first, then undated ones as given. */
export function orderOffers(offers: readonly Offer[]): Offer[] {
  return [...offers].sort(byStart);
}

function byStart(a: Offer, b: Offer): number {
  if (a.startDate === b.startDate) return 0;
  if (a.startDate === undefined) return 1;
  if (b.startDate === undefined) return -1;
  return a.startDate < b.startDate ? -1 : 1;
}
