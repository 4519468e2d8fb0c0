// The offer search: an offer is found by its own words, its programme's names and topics, its provider, its place and
// its languages by name.
import { getMunicipality } from '../queries/municipalities.js';
import { isOnlineOffer } from '../queries/offers.js';
import { languageName } from '../queries/languages.js';
import type { MunicipalityRegister } from '../schemas/municipality.js';
import type { Offer } from '../schemas/offer.js';
import { locales } from '../schemas/vocabulary.js';
import { SearchIndex } from './engine.js';
import { all, searchOf, topicTags, type ProgrammeData, type Search } from './programmes.js';

/** What an offer joined from home is called, in bokmål, nynorsk and English: it is found by these as by a place. */
const ONLINE_WORDS = ['online', 'digital', 'digitalt', 'nett', 'nettbasert', 'internett', 'hjemmefra', 'heimefrå'];

/** What an offer search needs: the programmes offers refer to, and the municipality register for place names. */
export interface OfferData extends ProgrammeData {
  /** The register, so that offers are found by their municipality's names. */
  readonly municipalities?: MunicipalityRegister;
}

/** A language by code and by name in bokmål, nynorsk and English ("ar", "arabisk", "Arabic"). */
const languageNames = (tag: string) => [tag, ...locales.map((locale) => languageName(tag, locale))];

/**
 * A search over `offers`, its index built now (see {@link createProgrammeSearch}): an offer is found by its title, its
 * programme, provider, place (address, the municipality's official names when `data.municipalities` is given, and
 * "digitalt", "på nett", "online" for an offer joined from home), languages by name ("arabisk", "Arabic"), the topics
 * of its programme and its description. A child's age in the query ranks offers by their own ages, or else their
 * programme's.
 */
export function createOfferSearch(data: OfferData, offers: readonly Offer[]): Search<Offer> {
  const { municipalities } = data;
  const placeNames = (offer: Offer) => {
    const entry = municipalities && offer.municipality !== 'online' ? getMunicipality(municipalities, offer.municipality) : undefined;
    return entry ? [entry.name, ...entry.names] : [];
  };
  const programmes = new Map(data.programmes.map((programme) => [programme.id, programme]));
  const programmeOf = (offer: Offer) => (offer.programme === undefined ? undefined : programmes.get(offer.programme));
  const programmeNames = (offer: Offer) => {
    const programme = programmeOf(offer);
    return programme ? [programme.abbreviation, ...all(programme.name), ...programme.alternativeNames] : [];
  };
  const index = new SearchIndex<Offer>(
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
    // The offer's own ages, else its programme's: an ICDP group for 0–5 is not for a teenager's parents.
    (offer) => offer.ageRange ?? programmeOf(offer)?.ageRange,
  );
  return searchOf(index);
}
