// Local offers: a concrete course or service in a municipality (or online), as a municipality or an NGO publishes it.
// Every list and every text has a limit (OFFER_LIMITS), so that no file, however written, makes a reader's page work
// without end; docs/data-format.md lists them.
import { z } from '../internal/z.js';
import {
  ageRangeSchema,
  dateSchema,
  idSchema,
  languageTagSchema,
  linkSchema,
  localizedTextSchema,
  nameSchema,
  webUrlSchema,
  type AgeRange,
  type LocalizedText,
} from './common.js';
import { preventionLevelIdSchema, type PreventionLevelId } from './levels.js';
import { offerServices } from './vocabulary.js';

export { offerServices };

/** The most of each list an offers file may hold. Texts: names 300 characters, paragraphs 4 000, links 2 000. */
export const OFFER_LIMITS = {
  /** Offers in one file. */
  offers: 10_000,
  /** Languages of one offer. */
  languages: 20,
  /** Other municipalities one offer serves. */
  areaServed: 400,
  /** Characters of an e-mail address. */
  email: 254,
} as const;

/** A four-digit kommunenummer ("0301" is Oslo), or "online" for offers anyone can join from home. */
export const municipalitySchema = z.string().check(
  z.maxLength(6),
  z.refine((value) => value === 'online' || /^\d{4}$/.test(value), {
    message: 'expected a four-digit kommunenummer or "online"',
    params: { rule: 'municipality' },
  }),
);

/** Whether a family can still join: open for sign-up, full, a waiting list, or cancelled. */
export const offerStatuses = ['open', 'full', 'waiting-list', 'cancelled'] as const;
/** Whether a family can still join, as the provider says. */
export type OfferStatus = (typeof offerStatuses)[number];

/** How the sessions are attended: in a room, online, or either. */
export const attendanceModes = ['in-person', 'online', 'both'] as const;
/** How the sessions are attended. */
export type AttendanceMode = (typeof attendanceModes)[number];

/** The kind of body that runs an offer. */
export type ProviderKind = 'municipality' | 'ngo' | 'state' | 'private';

/** The municipal or other service that runs an offer: `helsestasjon`, `barnehage`, `familievern`, `frivillig`, … */
export type OfferService = (typeof offerServices)[number];

/** Who runs an offer. */
export interface OfferProvider {
  /** Its name: "Bodø kommune, helsestasjonen". */
  readonly name: string;
  /** What kind of body it is. */
  readonly kind: ProviderKind;
  /** Its web page. */
  readonly url?: string;
}

/** Where an offer is held. */
export interface OfferAddress {
  /** Street and number. */
  readonly street?: string;
  /** Four-digit postal code. */
  readonly postalCode?: string;
  /** Postal place or venue. */
  readonly place?: string;
}

/** Who to ask about an offer. */
export interface OfferContact {
  /** A person or a desk. */
  readonly name?: string;
  /** An e-mail address. */
  readonly email?: string;
  /** A phone number: digits and spaces, `+` in front. */
  readonly phone?: string;
}

/** What an offer costs: nothing, or an amount. */
export type OfferPrice =
  | { /** It is free. */ readonly free: true }
  | {
      /** It is not free. */
      readonly free: false;
      /** The amount in Norwegian kroner. */
      readonly amountNok: number;
      /** What the amount covers, or who pays less. */
      readonly note?: LocalizedText;
    };

/** A concrete course or service in a municipality (or online), usually an instance of a catalogue programme. */
export interface Offer {
  /** A short id, unique in its file: `icdp-bodo-2027-02`. */
  readonly id: string;
  /** Its title. */
  readonly title: LocalizedText;
  /** The catalogue programme it is an instance of, by id. */
  readonly programme?: string;
  /** What it is, in the provider's words. */
  readonly description?: LocalizedText;
  /** Who runs it. */
  readonly provider: OfferProvider;
  /** The kommunenummer where it is held, or "online". */
  readonly municipality: string;
  /** Other municipalities whose families may join (a course across borders), by kommunenummer. */
  readonly areaServed?: readonly string[];
  /** Where it is held. */
  readonly address?: OfferAddress;
  /** Its first day, `YYYY-MM-DD`. */
  readonly startDate?: string;
  /** Its last day, `YYYY-MM-DD`. */
  readonly endDate?: string;
  /** When it meets, in words ("Tuesdays 18–20, 8 weeks"). */
  readonly schedule?: LocalizedText;
  /** BCP 47 language tags of the sessions ("nb", "ar", "so"). */
  readonly languages: readonly string[];
  /** The children's ages it is for; without it, its programme's. */
  readonly ageRange?: AgeRange;
  /** The prevention levels it works at; without it, its programme's. */
  readonly levels?: readonly PreventionLevelId[];
  /** The service that runs it: `helsestasjon`, `barnehage`, `skole`, `familievern`, `frivillig`, … */
  readonly service?: OfferService;
  /** What it costs. */
  readonly price: OfferPrice;
  /** Who to ask. */
  readonly contact?: OfferContact;
  /** Where to sign up: an https page, an e-mail address (`mailto:`) or a phone number (`tel:`). */
  readonly signUpUrl?: string;
  /** The last day to sign up. */
  readonly registrationDeadline?: string;
  /** Whether families can still join; without it, nothing is said. */
  readonly status?: OfferStatus;
  /** A referral (from a health visitor, a GP, child welfare …) is needed to join. */
  readonly referralRequired?: boolean;
  /** In a room, online, or either; without it, in person unless `municipality` is "online". */
  readonly attendance?: AttendanceMode;
  /** The venue's accessibility: step-free access, hearing loop, … */
  readonly accessibility?: LocalizedText;
  /** An interpreter can be had. */
  readonly interpreter?: boolean;
  /** The day the provider last checked that the offer is right. */
  readonly lastChecked?: string;
}
/** Checks an {@link Offer}: every field, with the limits of {@link OFFER_LIMITS}, and its dates in order. */
export const offerSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    programme: z.optional(idSchema),
    description: z.optional(localizedTextSchema),
    provider: z.object({
      name: nameSchema,
      kind: z.enum(['municipality', 'ngo', 'state', 'private']),
      url: z.optional(webUrlSchema),
    }),
    municipality: municipalitySchema,
    areaServed: z.optional(z.array(z.string().check(z.regex(/^\d{4}$/))).check(z.maxLength(OFFER_LIMITS.areaServed))),
    address: z.optional(
      z.object({
        street: z.optional(nameSchema),
        postalCode: z.optional(z.string().check(z.regex(/^\d{4}$/))),
        place: z.optional(nameSchema),
      }),
    ),
    startDate: z.optional(dateSchema),
    endDate: z.optional(dateSchema),
    schedule: z.optional(localizedTextSchema),
    languages: z.array(languageTagSchema).check(z.minLength(1), z.maxLength(OFFER_LIMITS.languages)),
    ageRange: z.optional(ageRangeSchema),
    levels: z.optional(z.array(preventionLevelIdSchema).check(z.minLength(1), z.maxLength(3))),
    service: z.optional(z.enum(offerServices)),
    price: z.discriminatedUnion('free', [
      z.object({ free: z.literal(true) }),
      z.object({ free: z.literal(false), amountNok: z.number().check(z.minimum(0), z.maximum(100_000)), note: z.optional(localizedTextSchema) }),
    ]),
    contact: z.optional(
      z.object({
        name: z.optional(nameSchema),
        email: z.optional(z.email().check(z.maxLength(OFFER_LIMITS.email))),
        phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ]{5,20}$/))),
      }),
    ),
    signUpUrl: z.optional(linkSchema),
    registrationDeadline: z.optional(dateSchema),
    status: z.optional(z.enum(offerStatuses)),
    referralRequired: z.optional(z.boolean()),
    attendance: z.optional(z.enum(attendanceModes)),
    accessibility: z.optional(localizedTextSchema),
    interpreter: z.optional(z.boolean()),
    lastChecked: z.optional(dateSchema),
  })
  .check(
    z.refine((offer) => !offer.startDate || !offer.endDate || offer.startDate <= offer.endDate, {
      message: 'expected startDate on or before endDate',
      path: ['endDate'],
      params: { rule: 'start_before_end' },
    }),
    z.refine((offer) => !offer.registrationDeadline || !offer.endDate || offer.registrationDeadline <= offer.endDate, {
      message: 'expected registrationDeadline on or before endDate',
      path: ['registrationDeadline'],
      params: { rule: 'deadline_before_end' },
    }),
  );

/** The file an NGO or municipality publishes: inline JSON or a static file. */
export interface OffersFile {
  /** The offers, at most {@link OFFER_LIMITS}.offers. */
  readonly offers: readonly Offer[];
}
/** Checks an {@link OffersFile} all or nothing (`checkOffers` checks offer by offer). */
export const offersFileSchema = z.object({
  offers: z.array(offerSchema).check(z.maxLength(OFFER_LIMITS.offers)),
});
