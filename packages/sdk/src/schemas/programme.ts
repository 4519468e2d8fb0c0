// The catalogue of parenting programmes (ICDP, COS-P, TIBIR, PMTO, …) and related offers, with their evidence ratings
// and the topics families search them by.
import { z } from '../internal/z.js';
import {
  ageRangeSchema,
  idSchema,
  languageTagSchema,
  localizedTextSchema,
  nameSchema,
  sourceSchema,
  webUrlSchema,
  type AgeRange,
  type LocalizedText,
  type Source,
} from './common.js';
import { preventionLevelIdSchema, type PreventionLevelId } from './levels.js';
import { deliveryFormats, programmeCategories } from './vocabulary.js';

export { deliveryFormats, programmeCategories };

/**
 * The kind of catalogue entry. Only `parenting-programme` and `relationship-course` (and `volunteer-home-visiting`)
 * are offers parents take part in themselves; `staff-training` and `collaboration-model` are for professionals.
 */
export type ProgrammeCategory = (typeof programmeCategories)[number];
/** Checks a {@link ProgrammeCategory}. */
export const programmeCategorySchema = z.enum(programmeCategories);

/** How a programme is delivered: in a group, one family at a time, at home, with video feedback, or digitally. */
export type DeliveryFormat = (typeof deliveryFormats)[number];
/** Checks a {@link DeliveryFormat}. */
export const deliveryFormatSchema = z.enum(deliveryFormats);

/** What every evidence rating holds. */
interface EvidenceBase {
  /** Year of the rating, or of the review that gave it, when the source says. */
  readonly year?: number;
  /** The rating's page. */
  readonly url: string;
  /** What the rating covers, where it needs saying. */
  readonly note?: LocalizedText;
}

/**
 * A rating by Ungsinn (RKBU Nord), on 0–5: 5 strong, 4 satisfactory, 3 some documentation of effect, 2 theoretically
 * grounded, 1 well described, 0 not effective.
 */
export interface UngsinnEvidence extends EvidenceBase {
  /** The body that gave the rating. */
  readonly source: 'ungsinn';
  /** The level, 0–5. */
  readonly level: number;
}

/** A rating by Blueprints for Healthy Youth Development. */
export interface BlueprintsEvidence extends EvidenceBase {
  /** The body that gave the rating. */
  readonly source: 'blueprints';
  /** Its rating: Promising, Model or Model Plus. */
  readonly level: 'Promising' | 'Model' | 'Model Plus';
}

/** An evidence rating, always with the body that gave it. */
export type Evidence = UngsinnEvidence | BlueprintsEvidence;
/** The bodies whose ratings the catalogue gives. */
export type EvidenceSource = Evidence['source'];

const evidenceBase = {
  year: z.optional(z.int().check(z.minimum(1990), z.maximum(2100))),
  url: webUrlSchema,
  note: z.optional(localizedTextSchema),
};
/** Checks an {@link Evidence} rating: Ungsinn 0–5 or a Blueprints rating, with its page. */
export const evidenceSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('ungsinn'), level: z.int().check(z.minimum(0), z.maximum(5)), ...evidenceBase }),
  z.object({ source: z.literal('blueprints'), level: z.enum(['Promising', 'Model', 'Model Plus']), ...evidenceBase }),
]);

/** Fields whose value a source leaves uncertain. The catalogue marks them rather than guess. */
export const programmeFields = ['levels', 'ageRange', 'formats', 'length', 'arenas', 'responsibleBody'] as const;
/** A field of a programme that a source can leave uncertain. */
export type ProgrammeField = (typeof programmeFields)[number];

/**
 * A concern a family may search for ("sinne", "tenåring", "far i fengsel"), with the everyday words people use for it
 * in bokmål, nynorsk and English. Programmes name the topics their sources say they address.
 */
export interface Topic {
  /** A short id: `sinne`. */
  readonly id: string;
  /** Its name. */
  readonly name: LocalizedText;
  /** Everyday words and synonyms in any of the three languages; the same list on every locale's chunk. */
  readonly words: readonly string[];
}
/** Checks a {@link Topic}. */
export const topicSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  words: z.array(nameSchema).check(z.minLength(1), z.maxLength(200)),
});

/** The page about a programme that a family or a service can read on. */
export interface ProgrammePage {
  /** Whose page it is: "Bufdir", "RBUP". */
  readonly title: string;
  /** Its address. */
  readonly url: string;
  /** The page's language (BCP 47), where it is not bokmål. */
  readonly language?: string;
}

/** A parenting programme, relationship course, home-visiting scheme, staff training, collaboration model or resource. */
export interface Programme {
  /** A short id: `icdp`, `cos-p`. */
  readonly id: string;
  /** Its name. */
  readonly name: LocalizedText;
  /** Its abbreviation: "ICDP". */
  readonly abbreviation?: string;
  /** Other names people search for ("Incredible Years", "Trygghetssirkelen"). */
  readonly alternativeNames: readonly string[];
  /** What kind of entry it is. */
  readonly category: ProgrammeCategory;
  /** What it is, in the project's own words. */
  readonly summary: LocalizedText;
  /** Who it is for. */
  readonly audience: LocalizedText;
  /** The prevention levels it works at. */
  readonly levels: readonly PreventionLevelId[];
  /** The children's ages it is for. */
  readonly ageRange?: AgeRange;
  /** How it is delivered. */
  readonly formats: readonly DeliveryFormat[];
  /** How long it lasts, in words ("8–12 meetings"). */
  readonly length?: LocalizedText;
  /** Ids of the arenas where it is delivered. */
  readonly arenas: readonly string[];
  /** The Norwegian body responsible for it. */
  readonly responsibleBody?: LocalizedText;
  /**
   * The page about it that a family or a service can read on: its owner's page, or Bufdir's page on it. Only where
   * the sources name one.
   */
  readonly page?: ProgrammePage;
  /** Its evidence ratings. */
  readonly evidence: readonly Evidence[];
  /** Ids of the topics it addresses, where its sources say so. Files from before topics existed have none. */
  readonly topics: readonly string[];
  /** Numbers of the strategy's measures that concern it. */
  readonly relatedMeasures: readonly number[];
  /** The id of the programme this one is a module or variant of. */
  readonly partOf?: string;
  /** Fields its sources leave uncertain. */
  readonly uncertain?: readonly ProgrammeField[];
  /** Where the facts come from. */
  readonly sources: readonly Source[];
}
/** Checks a {@link Programme}. */
export const programmeSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  abbreviation: z.optional(nameSchema),
  alternativeNames: z.array(nameSchema).check(z.maxLength(50)),
  category: programmeCategorySchema,
  summary: localizedTextSchema,
  audience: localizedTextSchema,
  levels: z.array(preventionLevelIdSchema).check(z.maxLength(3)),
  ageRange: z.optional(ageRangeSchema),
  formats: z.array(deliveryFormatSchema).check(z.maxLength(10)),
  length: z.optional(localizedTextSchema),
  arenas: z.array(idSchema).check(z.maxLength(50)),
  responsibleBody: z.optional(localizedTextSchema),
  page: z.optional(z.object({ title: nameSchema, url: webUrlSchema, language: z.optional(languageTagSchema) })),
  evidence: z.array(evidenceSchema).check(z.maxLength(20)),
  topics: z._default(z.array(idSchema).check(z.maxLength(100)), []),
  relatedMeasures: z.array(z.int().check(z.minimum(1), z.maximum(999))).check(z.maxLength(100)),
  partOf: z.optional(idSchema),
  uncertain: z.optional(z.array(z.enum(programmeFields)).check(z.maxLength(10))),
  sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(50)),
});
