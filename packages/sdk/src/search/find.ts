// The finders SDK users call with a filter: ranked by the search when there is a query, in a set order when not.
import { offerMatches, orderOffers, type OfferFilter } from '../queries/offers.js';
import { orderProgrammes, programmeMatches, type ProgrammeFilter } from '../queries/programmes.js';
import type { Offer } from '../schemas/offer.js';
import type { Programme } from '../schemas/programme.js';
import { rankOffers, type OfferData } from './offers.js';
import { rankProgrammes, type ProgrammeData } from './programmes.js';

/**
 * Programmes meeting every criterion. With a query, best matches first (see {@link rankProgrammes}); without one,
 * what families can take part in first and staff training and collaboration models last, each in catalogue order.
 */
export function findProgrammes<P extends Programme>(data: ProgrammeData<P>, filter: ProgrammeFilter = {}): P[] {
  if (filter.query?.trim()) {
    return rankProgrammes(data, filter.query).items.filter((programme) => programmeMatches(programme, filter));
  }
  return orderProgrammes(data.programmes.filter((programme) => programmeMatches(programme, filter)));
}

/**
 * Local offers meeting every criterion: with a query, best matches first (see {@link rankOffers}); without one,
 * by start date, soonest first, undated offers last. Give `filter.today` to leave out offers that have ended.
 */
export function findOffers(data: OfferData, offers: readonly Offer[], filter: OfferFilter = {}): Offer[] {
  const programmes = new Map(data.programmes.map((programme) => [programme.id, programme]));
  const keep = (offer: Offer) => offerMatches(offer, offer.programme === undefined ? undefined : programmes.get(offer.programme), filter);
  if (filter.query?.trim()) return rankOffers(data, offers, filter.query).items.filter(keep);
  return orderOffers(offers.filter(keep), filter.today);
}
