// The catalogue is also published in per-locale chunks, one per domain, so that a widget loads only what it shows. A
// chunk's localized texts carry just its own locale.
import { z } from '../internal/z.js';
import { dateSchema, localeSchema, nameSchema, type Locale } from './common.js';
import { arenaSchema, preventionLevelSchema, routesOfHelpSchema } from './levels.js';
import { programmeSchema, topicSchema } from './programme.js';
import { focusAreaSchema, measureSchema, organisationSchema } from './strategy.js';
import type { Catalogue } from './catalogue.js';

/** The domains the catalogue is split into. */
export const chunkDomains = ['strategy', 'levels', 'programmes'] as const;
/** One domain of the catalogue: `strategy`, `levels` or `programmes`. */
export type ChunkDomain = (typeof chunkDomains)[number];

/** What every chunk says about itself. */
export interface ChunkHeader {
  /** Version of the catalogue's content. */
  readonly version: string;
  /** The date the content was last curated. */
  readonly updated: string;
  /** The one language of the chunk's texts. */
  readonly locale: Locale;
}

/** The strategy in one language: focus areas, organisations and measures. */
export interface StrategyChunk extends ChunkHeader, Pick<Catalogue, 'focusAreas' | 'organisations' | 'measures'> {}
/** The prevention levels in one language, with the arenas and routes of help. */
export interface LevelsChunk extends ChunkHeader, Pick<Catalogue, 'preventionLevels' | 'arenas' | 'routesOfHelp'> {}
/** The programmes in one language, with the arenas and topics they refer to. */
export interface ProgrammesChunk extends ChunkHeader, Pick<Catalogue, 'programmes' | 'arenas' | 'topics'> {}

const chunkHeader = { version: nameSchema, updated: dateSchema, locale: localeSchema };

/** Checks a {@link StrategyChunk}. */
export const strategyChunkSchema = z.object({
  ...chunkHeader,
  focusAreas: z.array(focusAreaSchema).check(z.maxLength(100)),
  organisations: z.array(organisationSchema).check(z.maxLength(500)),
  measures: z.array(measureSchema).check(z.maxLength(1000)),
});

/** Checks a {@link LevelsChunk}. */
export const levelsChunkSchema = z.object({
  ...chunkHeader,
  preventionLevels: z.array(preventionLevelSchema).check(z.maxLength(3)),
  arenas: z.array(arenaSchema).check(z.maxLength(200)),
  routesOfHelp: routesOfHelpSchema,
});

/** Checks a {@link ProgrammesChunk}. */
export const programmesChunkSchema = z.object({
  ...chunkHeader,
  programmes: z.array(programmeSchema).check(z.maxLength(5000)),
  arenas: z.array(arenaSchema).check(z.maxLength(200)),
  topics: z._default(z.array(topicSchema).check(z.maxLength(1000)), []),
});

/** The schema of each domain's chunk. */
export const chunkSchemas = {
  strategy: strategyChunkSchema,
  levels: levelsChunkSchema,
  programmes: programmesChunkSchema,
} as const;

/** The chunk type of each domain. */
export interface ChunkByDomain {
  /** The strategy's chunk. */
  strategy: StrategyChunk;
  /** The prevention levels' chunk. */
  levels: LevelsChunk;
  /** The programmes' chunk. */
  programmes: ProgrammesChunk;
}
