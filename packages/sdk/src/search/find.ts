// The finders SDK users call with a filter: ranked by a search when there is a query, in a set order when not.
import { memoByObject } from '../internal/memo.js';
import { offerMatches, orderOffers, type OfferFilter } from '../queries/offers.js';
import { orderProgrammes, programmeMatches, type ProgrammeFilter } from '../queries/programmes.js';
import type { Offer } from '../schemas/offer.js';
import type { Programme } from '../schemas/programme.js';
import { createOfferSearch, type OfferData } from './offers.js';
import { createProgrammeSearch, type ProgrammeData, type Search } from './programmes.js';

// A search built once per list of programmes (or offers, with the data it was built with), for as long as it lives.
const programmeSearch = memoByObject((data: ProgrammeData) => createProgrammeSearch(data));
const offerSearch = memoByObject((_offers: readonly Offer[]) => ({ data: undefined as OfferData | undefined, search: undefined as Search<Offer> | undefined }));

/**
 * Programmes meeting every criterion. With a query, best matches first (see {@link createProgrammeSearch}, whose
 * search is built on the first query and kept as long as `data` lives); without one, what families can take part in
 * first and staff training and collaboration models last, each in catalogue order.
 */
export function findProgrammes<P extends Programme>(data: ProgrammeData<P>, filter: ProgrammeFilter = {}): P[] {
  if (filter.query?.trim()) {
    return (programmeSearch(data) as Search<P>).rank(filter.query).items.filter((programme) => programmeMatches(programme, filter));
  }
  return orderProgrammes(data.programmes.filter((programme) => programmeMatches(programme, filter)));
}

/**
 * Local offers meeting every criterion: with a query, best matches first (see {@link createOfferSearch}); without one,
 * by start date, soonest first, undated offers last. Give `filter.today` to leave out offers that have ended.
 */
export function findOffers(data: OfferData, offers: readonly Offer[], filter: OfferFilter = {}): Offer[] {
  const programmes = new Map(data.programmes.map((programme) => [programme.id, programme]));
  const keep = (offer: Offer) => offerMatches(offer, offer.programme === undefined ? undefined : programmes.get(offer.programme), filter);
  if (filter.query?.trim()) {
    const kept = offerSearch(offers);
    if (kept.data?.programmes !== data.programmes || kept.data.municipalities !== data.municipalities) {
      [kept.data, kept.search] = [data, createOfferSearch(data, offers)];
    }
    return (kept.search as Search<Offer>).rank(filter.query).items.filter(keep);
  }
  return orderOffers(offers.filter(keep), filter.today);
}
