// Assembles the catalogue from its source files. The build validates it and writes dist/.
import type { Catalogue } from '@foreldrestotte/sdk';
import { focusAreas } from './focus-areas.js';
import { arenas, preventionLevels, routesOfHelp } from './levels.js';
import { measures } from './measures.js';
import { organisations } from './organisations.js';
import { programmes } from './programmes.js';
import { topics } from './topics.js';

/** The day the content was last curated against its sources. */
export const updated = '2026-11-23';

export function assembleCatalogue(version: string): Catalogue {
  return { version, updated, focusAreas, organisations, measures, preventionLevels, arenas, routesOfHelp, programmes, topics };
}
