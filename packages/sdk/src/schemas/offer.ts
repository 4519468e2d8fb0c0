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
} from './common.js';

/** A four-digit kommunenummer ("0301" is Oslo), or "online" for offers anyone can join from home. */
export const municipalitySchema = z.string().check(
  z.refine((value) => value === 'online' || /^\d{4}$/.test(value), {
    message: 'expected a four-digit kommunenummer or "online"',
  }),
);

/** Whether a family can still join: open for sign-up, full, a waiting list, or cancelled. */
export const offerStatuses = ['open', 'full', 'waiting-list', 'cancelled'] as const;
export type OfferStatus = (typeof offerStatuses)[number];

/** How the sessions are attended: in a room, online, or either. */
export const attendanceModes = ['in-person', 'online', 'both'] as const;
export type AttendanceMode = (typeof attendanceModes)[number];

export const offerSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    /** Programme id in the national catalogue, when the offer is an instance of one. */
    programme: z.optional(idSchema),
    description: z.optional(localizedTextSchema),
    provider: z.object({
      name: nameSchema,
      kind: z.enum(['municipality', 'ngo', 'state', 'private']),
      url: z.optional(webUrlSchema),
    }),
    municipality: municipalitySchema,
    /** Other municipalities whose families may join (a course across borders), by kommunenummer. */
    areaServed: z.optional(z.array(z.string().check(z.regex(/^\d{4}$/))).check(z.maxLength(400))),
    address: z.optional(
      z.object({
        street: z.optional(nameSchema),
        postalCode: z.optional(z.string().check(z.regex(/^\d{4}$/))),
        place: z.optional(nameSchema),
      }),
    ),
    startDate: z.optional(dateSchema),
    endDate: z.optional(dateSchema),
    /** When it meets, in words ("Tuesdays 18–20, 8 weeks"). */
    schedule: z.optional(localizedTextSchema),
    /** BCP 47 language tags of the sessions ("nb", "ar", "so"). */
    languages: z.array(languageTagSchema).check(z.minLength(1)),
    ageRange: z.optional(ageRangeSchema),
    price: z.discriminatedUnion('free', [
      z.object({ free: z.literal(true) }),
      z.object({ free: z.literal(false), amountNok: z.number().check(z.minimum(0), z.maximum(100_000)), note: z.optional(localizedTextSchema) }),
    ]),
    contact: z.optional(
      z.object({
        name: z.optional(nameSchema),
        email: z.optional(z.email()),
        phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ]{5,20}$/))),
      }),
    ),
    signUpUrl: z.optional(linkSchema),
    /** The last day to sign up. */
    registrationDeadline: z.optional(dateSchema),
    /** Whether families can still join; without it, nothing is said. */
    status: z.optional(z.enum(offerStatuses)),
    /** A referral (from a health visitor, a GP, child welfare …) is needed to join. */
    referralRequired: z.optional(z.boolean()),
    /** In a room, online, or either; without it, in person unless `municipality` is "online". */
    attendance: z.optional(z.enum(attendanceModes)),
    /** The venue's accessibility: step-free access, hearing loop, … */
    accessibility: z.optional(localizedTextSchema),
    /** An interpreter can be had. */
    interpreter: z.optional(z.boolean()),
    /** The day the provider last checked that the offer is right. */
    lastChecked: z.optional(dateSchema),
  })
  .check(
    z.refine((offer) => !offer.startDate || !offer.endDate || offer.startDate <= offer.endDate, {
      message: 'expected startDate on or before endDate',
      path: ['endDate'],
    }),
    z.refine((offer) => !offer.registrationDeadline || !offer.endDate || offer.registrationDeadline <= offer.endDate, {
      message: 'expected registrationDeadline on or before endDate',
      path: ['registrationDeadline'],
    }),
  );
export type Offer = z.infer<typeof offerSchema>;

/** The file an NGO or municipality publishes: inline JSON or a static file. */
export const offersFileSchema = z.object({
  offers: z.array(offerSchema).check(z.maxLength(10_000)),
});
export type OffersFile = z.infer<typeof offersFileSchema>;
