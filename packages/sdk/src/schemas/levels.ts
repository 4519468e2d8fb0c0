// The three prevention levels, the arenas where parent support is given, and the three routes of help.
import { z } from '../internal/z.js';
import { idSchema, localizedTextSchema, nameSchema, sourceSchema, type LocalizedText, type Source } from './common.js';
import { helpRouteIds, preventionLevelIds } from './vocabulary.js';

export { helpRouteIds, preventionLevelIds };

/** A prevention level: `universal` (for all), `selective` (families at risk) or `indicated` (families with problems). */
export type PreventionLevelId = (typeof preventionLevelIds)[number];
/** Checks a {@link PreventionLevelId}. */
export const preventionLevelIdSchema = z.enum(preventionLevelIds);

/** One of the three prevention levels, explained. */
export interface PreventionLevel {
  /** Which level. */
  readonly id: PreventionLevelId;
  /** Its name: "Universelt nivå". */
  readonly name: LocalizedText;
  /** What the level is. */
  readonly definition: LocalizedText;
  /** Who support at this level is for. */
  readonly forWhom: LocalizedText;
  /** Typical forms of support at this level. */
  readonly typicalForms: readonly LocalizedText[];
  /** Problem areas the source names as examples. */
  readonly exampleProblemAreas: readonly LocalizedText[];
  /** Where the facts come from. */
  readonly sources: readonly Source[];
}
/** Checks a {@link PreventionLevel}. */
export const preventionLevelSchema = z.object({
  id: preventionLevelIdSchema,
  name: localizedTextSchema,
  definition: localizedTextSchema,
  forWhom: localizedTextSchema,
  typicalForms: z.array(localizedTextSchema).check(z.maxLength(50)),
  exampleProblemAreas: z.array(localizedTextSchema).check(z.maxLength(50)),
  sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(50)),
});

/** A place or service where parent support is given: the health clinic, the kindergarten, child welfare. */
export interface Arena {
  /** A short id: `helsestasjon`. */
  readonly id: string;
  /** Its name. */
  readonly name: LocalizedText;
  /** The arena as the source lists it, verbatim. */
  readonly sourceLabel: string;
  /** Where it is listed. */
  readonly source: Source;
}
/** Checks an {@link Arena}. */
export const arenaSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  sourceLabel: nameSchema,
  source: sourceSchema,
});

/** A route of help: `child`, `parents` or `systems`. */
export type HelpRouteId = (typeof helpRouteIds)[number];

/** One of the three routes by which help reaches a child. */
export interface HelpRoute {
  /** Which route. */
  readonly id: HelpRouteId;
  /** Its name. */
  readonly name: LocalizedText;
  /** What it is. */
  readonly description: LocalizedText;
  /** How the shared example is helped along this route. */
  readonly example: LocalizedText;
}
/** Checks a {@link HelpRoute}. */
export const helpRouteSchema = z.object({
  id: z.enum(helpRouteIds),
  name: localizedTextSchema,
  description: localizedTextSchema,
  example: localizedTextSchema,
});

/** The three routes of help, with the example the source uses for all three. */
export interface RoutesOfHelp {
  /** The example the source uses for all three routes. */
  readonly example: LocalizedText;
  /** The routes: to the child, to the parents, to systems and professionals. */
  readonly routes: readonly HelpRoute[];
  /** Where the facts come from. */
  readonly source: Source;
}
/** Checks {@link RoutesOfHelp}: exactly three routes. */
export const routesOfHelpSchema = z.object({
  example: localizedTextSchema,
  routes: z.array(helpRouteSchema).check(z.length(3)),
  source: sourceSchema,
});
