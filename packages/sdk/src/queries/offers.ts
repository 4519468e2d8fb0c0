import type { Offer } from '../schemas/offer.js';
import type { Programme } from '../schemas/programme.js';
import { searchOffers } from '../search/offers.js';
import type { ProgrammeData } from '../search/programmes.js';
import { programmeMatches, type ProgrammeFilter } from './programmes.js';

/**
 * What local offers to show. The programme criteria (levels, formats, categories, arenas) apply to the programme an
 * offer is an instance of, so an offer without a programme is left out when one of them is set. Age applies to the
 * offer's own age range, else its programme's.
 */
export type OfferFilter = Pick<ProgrammeFilter, 'query' | 'levels' | 'formats' | 'categories' | 'arenas' | 'age'>;

function offerMatches(offer: Offer, programme: Programme | undefined, filter: OfferFilter): boolean {
  const { levels, formats, categories, arenas, age } = filter;
  if ([levels, formats, categories, arenas].some((list) => list && list.length > 0)) {
    if (!programme || !programmeMatches(programme, { levels, formats, categories, arenas })) return false;
  }
  if (age === undefined) return true;
  const range = offer.ageRange ?? programme?.ageRange;
  const wanted = typeof age === 'number' ? { min: age, max: age } : age;
  return range !== undefined && range.min <= wanted.max && wanted.min <= range.max;
}

/** Dated offers by start date, soonest first, then undated ones in file order. */
function byStart(a: Offer, b: Offer): number {
  if (a.startDate === b.startDate) return 0;
  if (a.startDate === undefined) return 1;
  if (b.startDate === undefined) return -1;
  return a.startDate < b.startDate ? -1 : 1;
}

/**
 * Local offers meeting every criterion: with a query, best matches first (see {@link searchOffers}); without one,
 * by start date, soonest first, undated offers last.
 */
export function findOffers(data: ProgrammeData, offers: readonly Offer[], filter: OfferFilter = {}): Offer[] {
  const programmes = new Map(data.programmes.map((programme) => [programme.id, programme]));
  const keep = (offer: Offer) => offerMatches(offer, offer.programme === undefined ? undefined : programmes.get(offer.programme), filter);
  if (filter.query?.trim()) return searchOffers(data, offers, filter.query).map((hit) => hit.item).filter(keep);
  return offers.filter(keep).sort(byStart);
}
