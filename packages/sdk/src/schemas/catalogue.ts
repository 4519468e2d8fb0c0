// The whole national catalogue: the contract of `catalogue.json`.
import { z } from '../internal/z.js';
import { dateSchema, nameSchema } from './common.js';
import { arenaSchema, preventionLevelSchema, routesOfHelpSchema, type Arena, type PreventionLevel, type RoutesOfHelp } from './levels.js';
import { programmeSchema, topicSchema, type Programme, type Topic } from './programme.js';
import { focusAreaSchema, measureSchema, organisationSchema, type FocusArea, type Measure, type Organisation } from './strategy.js';

/** The national catalogue: the strategy, the prevention levels and the programmes, in bokmål, nynorsk and English. */
export interface Catalogue {
  /** Version of the catalogue's content (the data package's version). */
  readonly version: string;
  /** The date the content was last curated, `YYYY-MM-DD`. */
  readonly updated: string;
  /** The strategy's six focus areas. */
  readonly focusAreas: readonly FocusArea[];
  /** The bodies responsible for measures. */
  readonly organisations: readonly Organisation[];
  /** The strategy's 34 measures, with their status reports. */
  readonly measures: readonly Measure[];
  /** The three prevention levels. */
  readonly preventionLevels: readonly PreventionLevel[];
  /** The arenas where parent support is given. */
  readonly arenas: readonly Arena[];
  /** The three routes of help. */
  readonly routesOfHelp: RoutesOfHelp;
  /** The programmes and related offers. */
  readonly programmes: readonly Programme[];
  /** The topics programmes refer to; absent from files made before topics existed. */
  readonly topics: readonly Topic[];
}
/** Checks a whole {@link Catalogue} (its links between records are checked by `validateCatalogue`). */
export const catalogueSchema = z.object({
  version: nameSchema,
  updated: dateSchema,
  focusAreas: z.array(focusAreaSchema).check(z.maxLength(100)),
  organisations: z.array(organisationSchema).check(z.maxLength(500)),
  measures: z.array(measureSchema).check(z.maxLength(1000)),
  preventionLevels: z.array(preventionLevelSchema).check(z.maxLength(3)),
  arenas: z.array(arenaSchema).check(z.maxLength(200)),
  routesOfHelp: routesOfHelpSchema,
  programmes: z.array(programmeSchema).check(z.maxLength(5000)),
  topics: z._default(z.array(topicSchema).check(z.maxLength(1000)), []),
});
