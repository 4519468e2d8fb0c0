import { z } from '../internal/z.js';
import { idSchema, localizedTextSchema, nameSchema, sourceSchema } from './common.js';
import { helpRouteIds, preventionLevelIds } from './vocabulary.js';

export { helpRouteIds, preventionLevelIds };

export const preventionLevelIdSchema = z.enum(preventionLevelIds);
export type PreventionLevelId = z.infer<typeof preventionLevelIdSchema>;

export const preventionLevelSchema = z.object({
  id: preventionLevelIdSchema,
  name: localizedTextSchema,
  definition: localizedTextSchema,
  forWhom: localizedTextSchema,
  typicalForms: z.array(localizedTextSchema),
  exampleProblemAreas: z.array(localizedTextSchema),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type PreventionLevel = z.infer<typeof preventionLevelSchema>;

export const arenaSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  /** The arena as the source lists it, verbatim. */
  sourceLabel: nameSchema,
  source: sourceSchema,
});
export type Arena = z.infer<typeof arenaSchema>;

export const helpRouteSchema = z.object({
  id: z.enum(helpRouteIds),
  name: localizedTextSchema,
  description: localizedTextSchema,
  /** How the shared example is helped along this route. */
  example: localizedTextSchema,
});
export type HelpRoute = z.infer<typeof helpRouteSchema>;

export const routesOfHelpSchema = z.object({
  /** The example the source uses for all three routes. */
  example: localizedTextSchema,
  routes: z.array(helpRouteSchema).check(z.length(3)),
  source: sourceSchema,
});
export type RoutesOfHelp = z.infer<typeof routesOfHelpSchema>;
