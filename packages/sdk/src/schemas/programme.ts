import { z } from '../internal/z.js';
import {
  ageRangeSchema,
  idSchema,
  languageTagSchema,
  localizedTextSchema,
  nameSchema,
  sourceSchema,
  webUrlSchema,
} from './common.js';
import { preventionLevelIdSchema } from './levels.js';
import { deliveryFormats, programmeCategories } from './vocabulary.js';

export { deliveryFormats, programmeCategories };

export const programmeCategorySchema = z.enum(programmeCategories);
export type ProgrammeCategory = z.infer<typeof programmeCategorySchema>;

export const deliveryFormatSchema = z.enum(deliveryFormats);
export type DeliveryFormat = z.infer<typeof deliveryFormatSchema>;

const evidenceBase = {
  /** Year of the rating or of the review that gave it, when the source says. */
  year: z.optional(z.int().check(z.minimum(1990), z.maximum(2100))),
  url: webUrlSchema,
  note: z.optional(localizedTextSchema),
};

/**
 * An evidence rating, always with the body that gave it. Ungsinn (RKBU Nord) rates on 0–5:
 * 5 strong, 4 satisfactory, 3 some documentation of effect, 2 theoretically grounded, 1 well described, 0 not effective.
 */
export const evidenceSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('ungsinn'), level: z.int().check(z.minimum(0), z.maximum(5)), ...evidenceBase }),
  z.object({ source: z.literal('blueprints'), level: z.enum(['Promising', 'Model', 'Model Plus']), ...evidenceBase }),
]);
export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidenceSource = Evidence['source'];

/** Fields whose value a source leaves uncertain. The catalogue marks them rather than guess. */
export const programmeFields = [
  'levels',
  'ageRange',
  'formats',
  'length',
  'arenas',
  'responsibleBody',
] as const;

/**
 * A concern a family may search for ("sinne", "tenåring", "far i fengsel"), with the everyday words people use for it
 * in bokmål, nynorsk and English. Programmes name the topics their sources say they address.
 */
export const topicSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  /** Everyday words and synonyms in any of the three languages; the same list on every locale's chunk. */
  words: z.array(nameSchema).check(z.minLength(1), z.maxLength(200)),
});
export type Topic = z.infer<typeof topicSchema>;

export const programmeSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  abbreviation: z.optional(nameSchema),
  /** Other names people search for ("Incredible Years", "Trygghetssirkelen"). */
  alternativeNames: z.array(nameSchema),
  category: programmeCategorySchema,
  summary: localizedTextSchema,
  /** Who it is for. */
  audience: localizedTextSchema,
  levels: z.array(preventionLevelIdSchema),
  ageRange: z.optional(ageRangeSchema),
  formats: z.array(deliveryFormatSchema),
  length: z.optional(localizedTextSchema),
  /** Arena ids where it is delivered. */
  arenas: z.array(idSchema),
  /** The Norwegian body responsible for it. */
  responsibleBody: z.optional(localizedTextSchema),
  /**
   * The page about it that a family or a service can read on: its owner's page, or Bufdir's page on it. Only where
   * the sources name one; its `title` says whose page it is, and `language` what language the page is in, where it
   * is not bokmål.
   */
  page: z.optional(z.object({ title: nameSchema, url: webUrlSchema, language: z.optional(languageTagSchema) })),
  evidence: z.array(evidenceSchema),
  /** Ids of the topics it addresses, where its sources say so. Files from before topics existed have none. */
  topics: z._default(z.array(idSchema), []),
  /** Numbers of the strategy's measures that concern it. */
  relatedMeasures: z.array(z.int().check(z.minimum(1), z.maximum(999))),
  /** The programme this one is a module or variant of. */
  partOf: z.optional(idSchema),
  uncertain: z.optional(z.array(z.enum(programmeFields))),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type Programme = z.infer<typeof programmeSchema>;
