// The pieces every record is made of: text in three languages, links, dates, sources, ages and ids. Each has a
// documented interface, the type people see, and a schema that checks untrusted data against it
// (test/types.test.ts keeps the two equal).
import { z } from '../internal/z.js';
import { isSignUpLink, isWebUrl, MAX_URL } from '../queries/links.js';
import { locales } from './vocabulary.js';

export { locales, MAX_URL };

/** One of the three languages the catalogue and the elements speak: bokmål, nynorsk or English. */
export type Locale = (typeof locales)[number];
/** Checks a {@link Locale}. */
export const localeSchema = z.enum(locales);

/** The longest paragraph a record may hold, in characters. */
export const MAX_TEXT = 4000;
/** The longest name, label or title, in characters. */
export const MAX_NAME = 300;

/** Text a reader can see: at least one letter, digit, punctuation mark or symbol (not only spaces or zero-width marks). */
const visible = z.refine<string>((value) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(value), {
  message: 'expected visible text, not only blanks',
  params: { rule: 'visible_text' },
});

/** A non-empty, bounded line of text (names, labels, titles): at most {@link MAX_NAME} characters. */
export const nameSchema = z.string().check(z.minLength(1), z.maxLength(MAX_NAME), visible);
/** A non-empty, bounded paragraph: at most {@link MAX_TEXT} characters. */
export const paragraphSchema = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT), visible);

/**
 * Text in one or more of the catalogue's languages: `{ "nb": …, "nn": …, "en": … }`. The national catalogue carries
 * all three; per-locale chunks and third-party files may carry fewer, and readers fall back to bokmål (see `localize`).
 */
export interface LocalizedText {
  /** Bokmål, the source language. */
  readonly nb?: string;
  /** Nynorsk. */
  readonly nn?: string;
  /** English. */
  readonly en?: string;
}
/** Checks a {@link LocalizedText}: at least one language, each a bounded paragraph. */
export const localizedTextSchema = z
  .object({
    nb: z.optional(paragraphSchema),
    nn: z.optional(paragraphSchema),
    en: z.optional(paragraphSchema),
  })
  .check(
    z.refine((text) => text.nb !== undefined || text.nn !== undefined || text.en !== undefined, {
      message: 'expected text in at least one of nb, nn, en',
      params: { rule: 'some_language' },
    }),
  );

/** A BCP 47 language tag: "nb", "ar", "so", "en-GB". */
export const languageTagSchema = z.string().check(z.maxLength(35), z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/));

/** An absolute http(s) URL: the only kind of link the catalogue points to. */
export const webUrlSchema = z.string().check(
  z.maxLength(MAX_URL),
  z.refine(isWebUrl, {
    message: 'expected an absolute http(s) URL without user name or password',
    params: { rule: 'web_url' },
  }),
);

/** A link to sign up by: see {@link isSignUpLink}. */
export const linkSchema = z.string().check(
  z.maxLength(MAX_URL),
  z.refine(isSignUpLink, {
    message: 'expected an https address, a mailto: address without headers, or a tel: number of digits',
    params: { rule: 'sign_up_link' },
  }),
);

/** A calendar date, `YYYY-MM-DD`, in the years 1900–2100 (a typo such as 0000-01-01 is refused). */
export const dateSchema = z.iso.date().check(
  z.refine((value) => Number(value.slice(0, 4)) >= 1900 && Number(value.slice(0, 4)) <= 2100, {
    message: 'expected a year from 1900 to 2100',
    params: { rule: 'year_range' },
  }),
);

/** Where a record's facts come from: a seed document of this project, a public page, or both. */
export interface Source {
  /** The document's title, as its publisher gives it. */
  readonly title: string;
  /** The seed file of this project the facts were taken from (`002_53c96cbdcd6d72f0.txt`). */
  readonly seed?: string;
  /** The public page the facts were taken from. */
  readonly url?: string;
}
/** Checks a {@link Source}: a seed file or a web page, or both. */
export const sourceSchema = z
  .object({
    title: nameSchema,
    seed: z.optional(z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/))),
    url: z.optional(webUrlSchema),
  })
  .check(
    z.refine((source) => source.seed !== undefined || source.url !== undefined, {
      message: 'expected a seed file or a url',
      params: { rule: 'seed_or_url' },
    }),
  );

/** Whole years of a child's age, both ends included. */
export interface AgeRange {
  /** The youngest age, 0–30. */
  readonly min: number;
  /** The oldest age, 0–30; at least `min`. */
  readonly max: number;
  /** It begins before birth, in pregnancy. */
  readonly fromPregnancy?: boolean;
}
/** Checks an {@link AgeRange}: whole years 0–30, min ≤ max. */
export const ageRangeSchema = z
  .object({
    min: z.int().check(z.minimum(0), z.maximum(30)),
    max: z.int().check(z.minimum(0), z.maximum(30)),
    fromPregnancy: z.optional(z.boolean()),
  })
  .check(z.refine((range) => range.min <= range.max, { message: 'expected min ≤ max', params: { rule: 'min_max' } }));

/** A short identifier: lower-case letters, digits and hyphens. */
export const idSchema = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
