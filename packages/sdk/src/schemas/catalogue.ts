import { z } from '../internal/z.js';
import { dateSchema, nameSchema } from './common.js';
import { arenaSchema, preventionLevelSchema, routesOfHelpSchema } from './levels.js';
import { programmeSchema, topicSchema } from './programme.js';
import { focusAreaSchema, measureSchema, organisationSchema } from './strategy.js';

export const catalogueSchema = z.object({
  /** Version of the catalogue's content (the data package's version). */
  version: nameSchema,
  /** The date the content was last curated. */
  updated: dateSchema,
  focusAreas: z.array(focusAreaSchema),
  organisations: z.array(organisationSchema),
  measures: z.array(measureSchema),
  preventionLevels: z.array(preventionLevelSchema),
  arenas: z.array(arenaSchema),
  routesOfHelp: routesOfHelpSchema,
  programmes: z.array(programmeSchema),
  /** The topics programmes refer to; absent from files made before topics existed. */
  topics: z._default(z.array(topicSchema), []),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
