export {
  locales,
  localeSchema,
  localizedTextSchema,
  nameSchema,
  paragraphSchema,
  webUrlSchema,
  linkSchema,
  dateSchema,
  sourceSchema,
  ageRangeSchema,
  idSchema,
} from './common.js';
export type { Locale, LocalizedText, Source, AgeRange } from './common.js';
export {
  statuses,
  statusSchema,
  focusAreaSchema,
  organisationKinds,
  organisationSchema,
  figureSchema,
  reportPartSchema,
  reportSchema,
  measureSchema,
} from './strategy.js';
export type { Status, FocusArea, Organisation, Figure, ReportPart, Report, Measure } from './strategy.js';
export {
  preventionLevelIds,
  preventionLevelIdSchema,
  preventionLevelSchema,
  arenaSchema,
  helpRouteIds,
  helpRouteSchema,
  routesOfHelpSchema,
} from './levels.js';
export type { PreventionLevelId, PreventionLevel, Arena, HelpRoute, RoutesOfHelp } from './levels.js';
export {
  programmeCategories,
  programmeCategorySchema,
  deliveryFormats,
  deliveryFormatSchema,
  evidenceSchema,
  programmeFields,
  programmeSchema,
  topicSchema,
} from './programme.js';
export type { ProgrammeCategory, DeliveryFormat, Evidence, EvidenceSource, Programme, Topic } from './programme.js';
export { municipalitySchema, offerSchema, offersFileSchema, offerStatuses, attendanceModes } from './offer.js';
export type { Offer, OffersFile, OfferStatus, AttendanceMode } from './offer.js';
export { municipalityEntrySchema, municipalityRegisterSchema } from './municipality.js';
export type { MunicipalityEntry, MunicipalityRegister } from './municipality.js';
export { catalogueSchema } from './catalogue.js';
export type { Catalogue } from './catalogue.js';
export {
  chunkDomains,
  strategyChunkSchema,
  levelsChunkSchema,
  programmesChunkSchema,
  chunkSchemas,
} from './chunks.js';
export type { ChunkDomain, StrategyChunk, LevelsChunk, ProgrammesChunk, ChunkByDomain } from './chunks.js';
export { toJsonSchema } from './json-schema.js';
