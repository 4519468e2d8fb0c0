import { z } from '../internal/z.js';
import { locales } from './vocabulary.js';

export { locales };

export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

const MAX_TEXT = 4000;
const MAX_NAME = 300;

/** Text a reader can see: at least one letter, digit, punctuation mark or symbol (not only spaces or zero-width marks). */
const visible = z.refine<string>((value) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(value), { message: 'expected visible text, not only blanks' });

/** A non-empty, bounded line of text (names, labels, titles). */
export const nameSchema = z.string().check(z.minLength(1), z.maxLength(MAX_NAME), visible);
/** A non-empty, bounded paragraph. */
export const paragraphSchema = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT), visible);

/**
 * Text in one or more of the catalogue's languages: `{ "nb": …, "nn": …, "en": … }`.
 * The national catalogue carries all three; per-locale chunks and third-party files may carry fewer,
 * and readers fall back to bokmål (see `localize`).
 */
export const localizedTextSchema = z
  .object({
    nb: z.optional(paragraphSchema),
    nn: z.optional(paragraphSchema),
    en: z.optional(paragraphSchema),
  })
  .check(
    z.refine((text) => text.nb !== undefined || text.nn !== undefined || text.en !== undefined, {
      message: 'expected text in at least one of nb, nn, en',
    }),
  );
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_SCHEMES = new Set(['http:', 'https:']);

function hasScheme(value: string, schemes: Set<string>): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  // A user name or password in a link would be shown to every reader, and is a phishing trick.
  return schemes.has(url.protocol) && url.username === '' && url.password === '';
}

/** A BCP 47 language tag: "nb", "ar", "so", "en-GB". */
export const languageTagSchema = z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/));

/** An absolute http(s) URL: the only kind of link the catalogue points to. */
export const webUrlSchema = z.string().check(
  z.maxLength(2000),
  z.refine((value) => hasScheme(value, WEB_SCHEMES), { message: 'expected an absolute http(s) URL without user name or password' }),
);

/** A link a reader may follow: http(s), mailto or tel. Anything else (javascript:, data:) is refused. */
export const linkSchema = z.string().check(
  z.maxLength(2000),
  z.refine((value) => hasScheme(value, SAFE_SCHEMES), {
    message: 'expected an absolute http(s), mailto or tel URL without user name or password',
  }),
);

/** A calendar date, `YYYY-MM-DD`, in the years 1900–2100 (a typo such as 0000-01-01 is refused). */
export const dateSchema = z.iso.date().check(
  z.refine((value) => Number(value.slice(0, 4)) >= 1900 && Number(value.slice(0, 4)) <= 2100, {
    message: 'expected a year from 1900 to 2100',
  }),
);

/** Where a record's facts come from: a seed document of this project, a public page, or both. */
export const sourceSchema = z
  .object({
    title: nameSchema,
    seed: z.optional(z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/))),
    url: z.optional(webUrlSchema),
  })
  .check(
    z.refine((source) => source.seed !== undefined || source.url !== undefined, {
      message: 'expected a seed file or a url',
    }),
  );
export type Source = z.infer<typeof sourceSchema>;

/** Whole years of a child's age. `fromPregnancy` marks offers that begin before birth. */
export const ageRangeSchema = z
  .object({
    min: z.int().check(z.minimum(0), z.maximum(30)),
    max: z.int().check(z.minimum(0), z.maximum(30)),
    fromPregnancy: z.optional(z.boolean()),
  })
  .check(z.refine((range) => range.min <= range.max, { message: 'expected min ≤ max' }));
export type AgeRange = z.infer<typeof ageRangeSchema>;

/** A short identifier: lower-case letters, digits and hyphens. */
export const idSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));
