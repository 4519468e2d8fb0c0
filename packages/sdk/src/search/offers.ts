import { findMunicipality } from '../queries/municipalities.js';
import { isOnlineOffer } from '../queries/offers.js';
import type { MunicipalityRegister } from '../schemas/municipality.js';
import type { Offer } from '../schemas/offer.js';
import type { Programme } from '../schemas/programme.js';
import { SearchIndex } from './engine.js';
import { all, topicTags, type ProgrammeData, type SearchOptions } from './programmes.js';
import type { SearchHit, SearchResults } from './results.js';

// Intl.DisplayNames is costly to create and to ask, and offers share a handful of languages: both are kept.
const displayNames = new Map<string, Intl.DisplayNames | undefined>();
const namesOfTag = new Map<string, string[]>();

/** A language by code and by name in bokmål, nynorsk and English ("ar", "arabisk", "Arabic"). */
function languageNames(tag: string): string[] {
  let names = namesOfTag.get(tag);
  if (!names) {
    names = [tag];
    for (const locale of ['nb', 'nn', 'en']) {
      if (!displayNames.has(locale)) {
        try {
          displayNames.set(locale, new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
        } catch {
          // An engine without Intl.DisplayNames: the codes still match.
          displayNames.set(locale, undefined);
        }
      }
      try {
        names.push(displayNames.get(locale)?.of(tag) ?? '');
      } catch {
        // A tag the engine refuses: its code still matches.
      }
    }
    namesOfTag.set(tag, names);
  }
  return names;
}

/** What an offer joined from home is called, in bokmål, nynorsk and English: it is found by these as by a place. */
const ONLINE_WORDS = ['online', 'digital', 'digitalt', 'nett', 'nettbasert', 'internett', 'hjemmefra', 'heimefrå'];

/** What an offer search needs: the programmes offers refer to, and the municipality register for place names. */
export interface OfferData extends ProgrammeData {
  municipalities?: MunicipalityRegister;
}

// Keyed by the offers array, then by the programmes they refer to; rebuilt when the register arrives.
const indexes = new WeakMap<readonly Offer[], WeakMap<readonly Programme[], { register: unknown; index: SearchIndex<Offer> }>>();

function offerIndex(data: OfferData, offers: readonly Offer[]): SearchIndex<Offer> {
  let byProgrammes = indexes.get(offers);
  if (!byProgrammes) indexes.set(offers, (byProgrammes = new WeakMap()));
  let index = byProgrammes.get(data.programmes)?.index;
  if (!index || byProgrammes.get(data.programmes)?.register !== data.municipalities) {
    const { municipalities } = data;
    const placeNames = (offer: Offer) => {
      const entry = municipalities && offer.municipality !== 'online' ? findMunicipality(municipalities, offer.municipality) : undefined;
      return entry ? [entry.name, ...entry.names] : [];
    };
    const programmes = new Map(data.programmes.map((programme) => [programme.id, programme]));
    const programmeOf = (offer: Offer) => (offer.programme === undefined ? undefined : programmes.get(offer.programme));
    const programmeNames = (offer: Offer) => {
      const programme = programmeOf(offer);
      return programme ? [programme.abbreviation, ...all(programme.name), ...programme.alternativeNames] : [];
    };
    index = new SearchIndex<Offer>(
      offers,
      [
        { name: 'title', boost: 5, texts: (offer) => all(offer.title) },
        { name: 'programme', boost: 3, texts: programmeNames },
        { name: 'provider', boost: 3, texts: (offer) => [offer.provider.name] },
        {
          name: 'place',
          boost: 3,
          texts: (offer) => [
            offer.address?.street,
            offer.address?.postalCode,
            offer.address?.place,
            offer.municipality,
            ...placeNames(offer),
            ...(isOnlineOffer(offer) ? ONLINE_WORDS : []),
          ],
        },
        { name: 'languages', boost: 3, texts: (offer) => offer.languages.flatMap(languageNames) },
        { name: 'description', boost: 1, texts: (offer) => [...all(offer.description), ...all(offer.schedule)] },
      ],
      (offer) => [...all(offer.title), ...programmeNames(offer)],
      { ...topicTags(data.topics, (offer: Offer) => programmeOf(offer)?.topics ?? []), boost: 1.5 },
    );
    byProgrammes.set(data.programmes, { register: municipalities, index });
  }
  return index;
}

/**
 * Local offers matching `query`, best first, with what matched: the offer's title, its programme, provider, place
 * (address, the municipality's official names when `data.municipalities` is given, and "digitalt", "på nett",
 * "online" for an offer joined from home), languages by name ("arabisk", "Arabic"), the topics of its programme and
 * its description. Same matching as {@link searchProgrammes}.
 */
export function searchOffers(data: OfferData, offers: readonly Offer[], query: string, options: SearchOptions = {}): SearchHit<Offer>[] {
  return offerIndex(data, offers).search(query, options.limit);
}

/** Every offer matching `query`, in the order of {@link searchOffers}, as one list (see {@link rankProgrammes}). */
export function rankOffers(data: OfferData, offers: readonly Offer[], query: string): SearchResults<Offer> {
  return offerIndex(data, offers).results(query);
}

/** Other queries to offer when `query` finds no offer, nearest first. */
export function suggestOfferQueries(data: OfferData, offers: readonly Offer[], query: string): string[] {
  return offerIndex(data, offers).suggest(query);
}

/** Builds the offers' search index now (see {@link prepareProgrammeSearch}). */
export function prepareOfferSearch(data: OfferData, offers: readonly Offer[]): void {
  offerIndex(data, offers);
}
