import { z } from '../internal/z.js';
import { dateSchema, localeSchema, nameSchema } from './common.js';
import { arenaSchema, preventionLevelSchema, routesOfHelpSchema } from './levels.js';
import { programmeSchema, topicSchema } from './programme.js';
import { focusAreaSchema, measureSchema, organisationSchema } from './strategy.js';

/**
 * The catalogue is also published in per-locale chunks, one per domain, so a widget loads only what it shows.
 * A chunk's localized texts carry just its own locale.
 */
export const chunkDomains = ['strategy', 'levels', 'programmes'] as const;
export type ChunkDomain = (typeof chunkDomains)[number];

const chunkHeader = { version: nameSchema, updated: dateSchema, locale: localeSchema };

export const strategyChunkSchema = z.object({
  ...chunkHeader,
  focusAreas: z.array(focusAreaSchema),
  organisations: z.array(organisationSchema),
  measures: z.array(measureSchema),
});
export type StrategyChunk = z.infer<typeof strategyChunkSchema>;

export const levelsChunkSchema = z.object({
  ...chunkHeader,
  preventionLevels: z.array(preventionLevelSchema),
  arenas: z.array(arenaSchema),
  routesOfHelp: routesOfHelpSchema,
});
export type LevelsChunk = z.infer<typeof levelsChunkSchema>;

export const programmesChunkSchema = z.object({
  ...chunkHeader,
  programmes: z.array(programmeSchema),
  arenas: z.array(arenaSchema),
  /** The topics programmes refer to; absent from files made before topics existed. */
  topics: z._default(z.array(topicSchema), []),
});
export type ProgrammesChunk = z.infer<typeof programmesChunkSchema>;

export const chunkSchemas = {
  strategy: strategyChunkSchema,
  levels: levelsChunkSchema,
  programmes: programmesChunkSchema,
} as const;

export interface ChunkByDomain {
  strategy: StrategyChunk;
  levels: LevelsChunk;
  programmes: ProgrammesChunk;
}
