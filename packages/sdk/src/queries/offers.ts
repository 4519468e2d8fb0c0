// Local offers: whether one meets a filter, where families can join it, whether it has ended or is open, and the
// order they are shown in. Each rule lives here once; the elements and the CLI ask.
import type { Offer, OfferStatus } from '../schemas/offer.js';
import type { Programme } from '../schemas/programme.js';
import { ageOverlaps, programmeMatches, type ProgrammeFilter } from './programmes.js';

/**
 * What local offers to show. The programme criteria (levels, formats, categories, arenas) apply to the programme an
 * offer is an instance of, so an offer without a programme is left out when one of them is set; `levels` also
 * matches the levels the offer states itself. Age applies to the offer's own age range, else its programme's.
 */
export interface OfferFilter extends Pick<ProgrammeFilter, 'query' | 'levels' | 'formats' | 'categories' | 'arenas' | 'age'> {
  /**
   * A kommunenummer: offers held there or serving it (`areaServed`), and every offer that can be joined online,
   * which a family anywhere can take part in.
   */
  municipality?: string;
  /**
   * A language tag ("ar"): offers held in that language, whatever its region ("ar-EG" too). `no`, `nb` and `nn`
   * all mean Norwegian, as spoken in a course.
   */
  language?: string;
  /** Only offers open for sign-up (see {@link isOfferOpen}); needs `today` to tell a passed deadline. */
  open?: boolean;
  /** Today, `YYYY-MM-DD`: with it, offers that have ended are left out (see {@link hasOfferEnded}). */
  today?: string;
  /** Keep offers that have ended although `today` is given (an archive); `today` still tells a passed deadline. */
  includeEnded?: boolean;
}

/** Whether `offer`, an instance of `programme` (if any), meets every criterion of `filter` but the query. */
export function offerMatches(offer: Offer, programme: Programme | undefined, filter: Omit<OfferFilter, 'query'>): boolean {
  const { levels, formats, categories, arenas, age, municipality, language, open, today, includeEnded } = filter;
  const ownLevels = levels && levels.length > 0 && offer.levels !== undefined;
  if (ownLevels && !levels.some((level) => offer.levels?.includes(level))) return false;
  const programmeCriteria = { levels: ownLevels ? undefined : levels, formats, categories, arenas };
  if (Object.values(programmeCriteria).some((list) => list && list.length > 0)) {
    if (!programme || !programmeMatches(programme, programmeCriteria)) return false;
  }
  if (today !== undefined && !includeEnded && hasOfferEnded(offer, today)) return false;
  if (municipality !== undefined && !servesMunicipality(offer, municipality)) return false;
  if (language !== undefined && !offer.languages.some((tag) => spokenLanguage(tag) === spokenLanguage(language))) return false;
  if (open && !isOfferOpen(offer, today)) return false;
  return age === undefined || ageOverlaps(offer.ageRange ?? programme?.ageRange, age);
}

/** A tag's spoken language without region or script; bokmål, nynorsk and Norwegian are one spoken language: `no`. */
export function spokenLanguage(tag: string): string {
  const language = tag.split('-')[0]?.toLowerCase() ?? '';
  return language === 'nb' || language === 'nn' ? 'no' : language;
}

/** Whether a family can join `offer` from home: it is online, or both online and in a room. */
export function isOnlineOffer(offer: Offer): boolean {
  return offer.municipality === 'online' || offer.attendance === 'online' || offer.attendance === 'both';
}

/** Whether families in municipality `number` can join: held there, serving it, or online. */
export function servesMunicipality(offer: Offer, number: string): boolean {
  return offer.municipality === number || (offer.areaServed?.includes(number) ?? false) || isOnlineOffer(offer);
}

/**
 * Whether `offer` has ended by `today` (`YYYY-MM-DD`): its last day (`endDate`, else `startDate` for a one-day
 * offer) is before today. An undated offer never ends.
 */
export function hasOfferEnded(offer: Offer, today: string): boolean {
  const last = offer.endDate ?? offer.startDate;
  return last !== undefined && last < today;
}

/**
 * Where an offer stands for a family today: what the provider says (`open`, `full`, `waiting-list`, `cancelled`),
 * unless the sign-up deadline has passed (`deadline-passed`) or the offer has ended (`ended`); undefined when nothing
 * is known. A full or cancelled offer stays so after its deadline.
 */
export type OfferState = OfferStatus | 'deadline-passed' | 'ended';

/** See {@link OfferState}. */
export function offerState(offer: Offer, today: string): OfferState | undefined {
  if (offer.status === 'full' || offer.status === 'cancelled') return offer.status;
  if (hasOfferEnded(offer, today)) return 'ended';
  if (offer.registrationDeadline !== undefined && offer.registrationDeadline < today) return 'deadline-passed';
  return offer.status;
}

/**
 * Whether families can sign up: the provider says it is open, or says nothing and the deadline (if any) has not
 * passed. Full, waiting-list and cancelled offers are not open; nor is one whose deadline is before `today`.
 */
export function isOfferOpen(offer: Offer, today?: string): boolean {
  if (today === undefined) return offer.status === undefined || offer.status === 'open';
  const state = offerState(offer, today);
  return state === undefined || state === 'open';
}

/** Whether a family can still put its name down: open, or on a waiting list, and neither ended nor past the deadline. */
export function canSignUp(offer: Offer, today: string): boolean {
  const state = offerState(offer, today);
  return state === undefined || state === 'open' || state === 'waiting-list';
}

/**
 * Offers in the order shown without a search: dated ones by start date, soonest first, then undated ones as given.
 * With `today`, offers that have ended come last, the most recent first.
 */
export function orderOffers(offers: readonly Offer[], today?: string): Offer[] {
  const ended = (offer: Offer) => today !== undefined && hasOfferEnded(offer, today);
  return [...offers].sort((a, b) => {
    const endedA = ended(a);
    const endedB = ended(b);
    if (endedA !== endedB) return endedA ? 1 : -1;
    return endedA ? byStart(b, a) : byStart(a, b);
  });
}

function byStart(a: Offer, b: Offer): number {
  if (a.startDate === b.startDate) return 0;
  if (a.startDate === undefined) return 1;
  if (b.startDate === undefined) return -1;
  return a.startDate < b.startDate ? -1 : 1;
}
