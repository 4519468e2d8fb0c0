// What the finder shows for a search and its filters: the programmes (families' and staff's apart) and the local
// offers, ranked by the SDK's search, worked out once per change of data, search or filters.
import {
  ageOverlaps,
  hasOfferEnded,
  isForProfessionals,
  offerMatches,
  orderOffers,
  orderProgrammes,
  programmeMatches,
  type Catalogue,
  type Offer,
  type Programme,
  type ProgrammeFilter,
  type ProgrammesChunk,
  type QueryAge,
  type Search,
} from '@foreldrestotte/sdk';

export interface Matches {
  /** What families can take part in. */
  programmes: Programme[];
  /** Staff training and collaboration models, shown apart. */
  professionals: Programme[];
  offers: readonly Offer[];
  /** The search terms a programme matched, to mark in what is shown; none without a search. */
  terms: (programme: Programme) => readonly string[];
  /** The child's age the search read from the question: what is for that age comes first. */
  age: QueryAge | undefined;
}

const noTerms = () => [];

/** A search and its filters, as the finder holds them. */
export interface Asked {
  data: ProgrammesChunk | Catalogue;
  offers: readonly Offer[];
  /** The searches; without them (the search code still loading) the lists are shown unsearched. */
  programmeSearch: Search<Programme> | undefined;
  offerSearch: Search<Offer> | undefined;
  query: string;
  /** Read a child's age from the query and rank by it (not when the reader took it away). */
  readAge: boolean;
  filter: Pick<ProgrammeFilter, 'levels' | 'formats' | 'categories' | 'arenas' | 'age'>;
  /** The kommunenummer the offers are narrowed to. */
  municipality: string | undefined;
  language: string;
  openOnly: boolean;
  showPast: boolean;
  today: string;
}

export class FinderMatches {
  private memo: { asked: unknown[]; matches: Matches } | undefined;
  private ordersFor:
    | {
        data: object;
        source: readonly Offer[];
        byId: Map<string, Programme>;
        programmes: Programme[];
        professional: ReadonlySet<Programme>;
        offers: Offer[];
        anyEnded: boolean;
        today: string;
      }
    | undefined;

  /** Lookups and orders that depend only on the data: made once per catalogue and offers list, not per keystroke. */
  orders(data: ProgrammesChunk | Catalogue, offers: readonly Offer[], today: string) {
    if (this.ordersFor?.data !== data || this.ordersFor.source !== offers || this.ordersFor.today !== today) {
      this.ordersFor = {
        data,
        source: offers,
        byId: new Map(data.programmes.map((programme) => [programme.id, programme])),
        programmes: orderProgrammes(data.programmes),
        professional: new Set(data.programmes.filter(isForProfessionals)),
        offers: orderOffers(offers, today),
        anyEnded: offers.some((offer) => hasOfferEnded(offer, today)),
        today,
      };
    }
    return this.ordersFor;
  }

  find(asked: Asked): Matches {
    const { data, offers: allOffers, query, readAge, filter, municipality, language, openOnly, showPast, today } = asked;
    const programmeSearch = query ? asked.programmeSearch : undefined;
    const offerSearch = query ? asked.offerSearch : undefined;
    const key = [
      data,
      allOffers,
      programmeSearch,
      offerSearch,
      programmeSearch && query,
      readAge,
      ...Object.values(filter),
      municipality,
      language,
      openOnly,
      showPast,
      today,
    ];
    if (this.memo?.asked.length === key.length && this.memo.asked.every((input, i) => input === key[i])) return this.memo.matches;
    const { byId, programmes: ordered, offers: byStart, anyEnded, professional } = this.orders(data, allOffers, today);
    const programmeOf = (offer: Offer) => (offer.programme === undefined ? undefined : byId.get(offer.programme));
    // With no filter set (the usual case while typing), nothing needs checking record by record.
    const filtered = Object.values(filter).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined));
    // The search gives the records found as one list, and what each matched only for those shown.
    const found = programmeSearch?.rank(query, { readAge });
    const matches: Matches = {
      programmes: [],
      professionals: [],
      offers: [],
      terms: found ? (programme) => found.termsOf(programme) : noTerms,
      age: found?.age,
    };
    split(found?.items ?? ordered, professional, filtered ? (item) => programmeMatches(item, filter) : undefined, matches);
    const ranked = offerSearch ? offerSearch.rank(query, { readAge }) : undefined;
    // A course is for the ages it states: with an age read from the question, those for other ages are left out (the
    // reader brings them back by taking the age away). Programmes stay, those for other ages after the rest.
    const age = ranked?.age;
    const offers = !ranked ? byStart : age ? ranked.items.filter((offer) => fitsAge(offer.ageRange ?? programmeOf(offer)?.ageRange, age)) : ranked.items;
    if (filtered || municipality || language || openOnly) {
      const offerFilter = {
        ...filter,
        ...(municipality ? { municipality } : {}),
        ...(language ? { language } : {}),
        open: openOnly,
        today,
        includeEnded: showPast,
      };
      matches.offers = offers.filter((offer) => offerMatches(offer, programmeOf(offer), offerFilter));
    } else {
      // While typing with no filter set, only offers that have ended are left out.
      matches.offers = showPast || !anyEnded ? offers : offers.filter((offer) => !hasOfferEnded(offer, today));
    }
    this.memo = { asked: key, matches };
    return matches;
  }
}

/** Whether a record for ages `range` is for `age`: no ages said, overlapping years, or from before birth for an expecting parent. */
function fitsAge(range: Programme['ageRange'], age: QueryAge): boolean {
  if (!range) return true;
  return age.fromPregnancy ? range.fromPregnancy === true || range.min === 0 : ageOverlaps(range, age);
}

/**
 * What may be thousands of hits, filtered and split into what families join and what staff learn: each hit sorted
 * once, then each list made at its size rather than grown push by push. A small function of its own, which the engine
 * optimises apart from the rest of the matching. Indexed loops: a search's hit list is frozen, and iterating a frozen
 * array made an object per step.
 */
function split(programmes: readonly Programme[], professional: ReadonlySet<Programme>, keep: ((item: Programme) => boolean) | undefined, into: Matches): void {
  const FAMILIES = 1;
  const STAFF = 2;
  const kinds = new Uint8Array(programmes.length);
  let families = 0;
  let staff = 0;
  for (let i = 0; i < programmes.length; i += 1) {
    const programme = programmes[i] as Programme;
    if (keep && !keep(programme)) continue;
    if (professional.has(programme)) {
      kinds[i] = STAFF;
      staff += 1;
    } else {
      kinds[i] = FAMILIES;
      families += 1;
    }
  }
  into.programmes = new Array<Programme>(families);
  into.professionals = new Array<Programme>(staff);
  let family = 0;
  let other = 0;
  for (let i = 0; i < programmes.length; i += 1) {
    if (kinds[i] === FAMILIES) into.programmes[family++] = programmes[i] as Programme;
    else if (kinds[i] === STAFF) into.professionals[other++] = programmes[i] as Programme;
  }
}
