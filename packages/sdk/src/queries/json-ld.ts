// Local offers as schema.org JSON-LD, for a page's <head>: each programme a `Course`, each offer of it a
// `CourseInstance`. The mapping of every field is in docs/data-format.md.
import type { Locale } from '../schemas/common.js';
import type { MunicipalityRegister } from '../schemas/municipality.js';
import type { Offer } from '../schemas/offer.js';
import type { Programme } from '../schemas/programme.js';
import { getMunicipality } from './municipalities.js';
import { localize } from './text.js';

/** A JSON object, as JSON-LD is. */
export type JsonObject = { [key: string]: JsonValue };
/** Any JSON value. */
export type JsonValue = string | number | boolean | JsonValue[] | JsonObject;

/** What {@link offersJsonLd} may draw on, and in which language. */
export interface JsonLdOptions {
  /** The language of names and descriptions; bokmål by default. */
  locale?: Locale;
  /** The programmes offers refer to: a programme's offers become instances of one `Course` with its name. */
  programmes?: readonly Programme[];
  /** The municipality register, for the place name of an offer given only by kommunenummer. */
  municipalities?: MunicipalityRegister;
}

const AVAILABILITY = {
  open: 'https://schema.org/InStock',
  full: 'https://schema.org/SoldOut',
  // schema.org has no waiting list; this is its nearest term.
  'waiting-list': 'https://schema.org/LimitedAvailability',
  cancelled: 'https://schema.org/Discontinued',
} as const;

const MODE = { 'in-person': 'Onsite', online: 'Online', both: 'Blended' } as const;

/**
 * schema.org JSON-LD for `offers`: `{ "@context": "https://schema.org", "@graph": [Course, …] }`, where offers of
 * one programme are `hasCourseInstance` of that programme's `Course`, and an offer of no programme is a `Course` of
 * its own. Serialise it with `JSON.stringify` into a `<script type="application/ld+json">`.
 */
export function offersJsonLd(offers: readonly Offer[], options: JsonLdOptions = {}): JsonObject {
  const locale = options.locale ?? 'nb';
  const programmes = new Map((options.programmes ?? []).map((programme) => [programme.id, programme]));
  const courses = new Map<string, JsonObject & { hasCourseInstance: JsonObject[] }>();
  for (const offer of offers) {
    const programme = offer.programme === undefined ? undefined : programmes.get(offer.programme);
    const key = programme ? `programme:${programme.id}` : `offer:${offer.id}`;
    let course = courses.get(key);
    if (!course) {
      course = compact({
        '@type': 'Course',
        name: programme ? localize(programme.name, locale) : localize(offer.title, locale),
        description: programme ? localize(programme.summary, locale) : offer.description && localize(offer.description, locale),
        ...(programme?.abbreviation ? { alternateName: programme.abbreviation } : {}),
        hasCourseInstance: [] as JsonObject[],
      }) as JsonObject & { hasCourseInstance: JsonObject[] };
      courses.set(key, course);
    }
    course.hasCourseInstance.push(courseInstance(offer, locale, options.municipalities));
  }
  return { '@context': 'https://schema.org', '@graph': [...courses.values()] };
}

function courseInstance(offer: Offer, locale: Locale, municipalities: MunicipalityRegister | undefined): JsonObject {
  const online = offer.municipality === 'online' || offer.attendance === 'online';
  const mode = offer.attendance ?? (offer.municipality === 'online' ? 'online' : 'in-person');
  const place = offer.municipality === 'online' ? undefined : municipalities && getMunicipality(municipalities, offer.municipality)?.name;
  const location: JsonObject = online
    ? { '@type': 'VirtualLocation', ...(offer.signUpUrl?.startsWith('http') ? { url: offer.signUpUrl } : {}) }
    : compact({
        '@type': 'Place',
        address: compact({
          '@type': 'PostalAddress',
          streetAddress: offer.address?.street,
          postalCode: offer.address?.postalCode,
          addressLocality: offer.address?.place ?? place,
          addressCountry: 'NO',
        }),
        amenityFeature: offer.accessibility && { '@type': 'LocationFeatureSpecification', name: localize(offer.accessibility, locale), value: true },
      });
  return compact({
    '@type': 'CourseInstance',
    identifier: offer.id,
    name: localize(offer.title, locale),
    description: offer.description && localize(offer.description, locale),
    courseMode: MODE[mode],
    courseSchedule: offer.schedule && { '@type': 'Schedule', description: localize(offer.schedule, locale) },
    startDate: offer.startDate,
    endDate: offer.endDate,
    eventStatus: offer.status === 'cancelled' ? 'https://schema.org/EventCancelled' : undefined,
    inLanguage: [...offer.languages],
    location,
    organizer: compact({
      '@type': offer.provider.kind === 'municipality' || offer.provider.kind === 'state' ? 'GovernmentOrganization' : 'Organization',
      name: offer.provider.name,
      url: offer.provider.url,
      telephone: offer.contact?.phone,
      email: offer.contact?.email,
    }),
    offers: compact({
      '@type': 'Offer',
      price: offer.price.free ? 0 : offer.price.amountNok,
      priceCurrency: 'NOK',
      url: offer.signUpUrl,
      availability: offer.status && AVAILABILITY[offer.status],
      validThrough: offer.registrationDeadline,
    }),
    dateModified: offer.lastChecked,
  });
}

/** The object without its undefined values. */
function compact(object: Record<string, JsonValue | undefined>): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as JsonObject;
}
