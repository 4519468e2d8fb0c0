// Type tests, checked by `tsc` in `npm test` (the typecheck step): each documented interface stays equal to what its
// schema accepts, read-only as the embedded data is frozen. A field added to one and not the other fails the build.
import type { z } from 'zod/mini';
import type * as sdk from '@foreldrestotte/sdk';
import type * as schemas from '@foreldrestotte/sdk/schemas';

/** Read-only all the way down, as the interfaces are. */
type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Same<Interface, Schema extends z.ZodMiniType> = Equal<Interface, DeepReadonly<z.output<Schema>>>;
const same = <T extends true>(_: T) => undefined;

same<Same<sdk.LocalizedText, typeof schemas.localizedTextSchema>>(true);
same<Same<sdk.Source, typeof schemas.sourceSchema>>(true);
same<Same<sdk.AgeRange, typeof schemas.ageRangeSchema>>(true);
same<Same<sdk.FocusArea, typeof schemas.focusAreaSchema>>(true);
same<Same<sdk.Organisation, typeof schemas.organisationSchema>>(true);
same<Same<sdk.Figure, typeof schemas.figureSchema>>(true);
same<Same<sdk.ReportPart, typeof schemas.reportPartSchema>>(true);
same<Same<sdk.Report, typeof schemas.reportSchema>>(true);
same<Same<sdk.Measure, typeof schemas.measureSchema>>(true);
same<Same<sdk.PreventionLevel, typeof schemas.preventionLevelSchema>>(true);
same<Same<sdk.Arena, typeof schemas.arenaSchema>>(true);
same<Same<sdk.HelpRoute, typeof schemas.helpRouteSchema>>(true);
same<Same<sdk.RoutesOfHelp, typeof schemas.routesOfHelpSchema>>(true);
same<Same<sdk.Evidence, typeof schemas.evidenceSchema>>(true);
same<Same<sdk.Topic, typeof schemas.topicSchema>>(true);
same<Same<sdk.Programme, typeof schemas.programmeSchema>>(true);
same<Same<sdk.MunicipalityEntry, typeof schemas.municipalityEntrySchema>>(true);
same<Same<sdk.MunicipalityRegister, typeof schemas.municipalityRegisterSchema>>(true);
same<Same<sdk.Offer, typeof schemas.offerSchema>>(true);
same<Same<sdk.OffersFile, typeof schemas.offersFileSchema>>(true);
same<Same<sdk.Catalogue, typeof schemas.catalogueSchema>>(true);
same<Same<sdk.StrategyChunk, typeof schemas.strategyChunkSchema>>(true);
same<Same<sdk.LevelsChunk, typeof schemas.levelsChunkSchema>>(true);
same<Same<sdk.ProgrammesChunk, typeof schemas.programmesChunkSchema>>(true);

// The embedded catalogue is frozen at run time, and its type says so.
declare const catalogue: sdk.Catalogue;
// @ts-expect-error -- a frozen record's field cannot be set
catalogue.measures[0]!.number = 3;
// @ts-expect-error -- nor can a frozen list grow
catalogue.programmes.push(catalogue.programmes[0]!);
