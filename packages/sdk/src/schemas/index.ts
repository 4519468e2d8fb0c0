// `@foreldrestotte/sdk/schemas`: the zod schemas behind the types, for validating with zod directly or making JSON
// Schemas. Most users want the validating functions of the main entry (`validateCatalogue`, `checkOffers`).
export {
  locales,
  localeSchema,
  localizedTextSchema,
  nameSchema,
  paragraphSchema,
  webUrlSchema,
  linkSchema,
  languageTagSchema,
  dateSchema,
  sourceSchema,
  ageRangeSchema,
  idSchema,
  MAX_NAME,
  MAX_TEXT,
  MAX_URL,
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
export type { Status, OrganisationKind, FocusArea, Organisation, Figure, ReportPart, Report, Measure } from './strategy.js';
export {
  preventionLevelIds,
  preventionLevelIdSchema,
  preventionLevelSchema,
  arenaSchema,
  helpRouteIds,
  helpRouteSchema,
  routesOfHelpSchema,
} from './levels.js';
export type { PreventionLevelId, PreventionLevel, Arena, HelpRouteId, HelpRoute, RoutesOfHelp } from './levels.js';
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
export type {
  ProgrammeCategory,
  DeliveryFormat,
  Evidence,
  UngsinnEvidence,
  BlueprintsEvidence,
  EvidenceSource,
  ProgrammeField,
  ProgrammePage,
  Programme,
  Topic,
} from './programme.js';
export { municipalitySchema, offerSchema, offersFileSchema, offerStatuses, attendanceModes, offerServices, OFFER_LIMITS } from './offer.js';
export type {
  Offer,
  OffersFile,
  OfferStatus,
  AttendanceMode,
  OfferService,
  OfferProvider,
  OfferAddress,
  OfferContact,
  OfferPrice,
  ProviderKind,
} from './offer.js';
export { municipalityEntrySchema, municipalityRegisterSchema } from './municipality.js';
export type { Coordinates, MunicipalityEntry, MunicipalityRegister } from './municipality.js';
export { catalogueSchema } from './catalogue.js';
export type { Catalogue } from './catalogue.js';
export { chunkDomains, strategyChunkSchema, levelsChunkSchema, programmesChunkSchema, chunkSchemas } from './chunks.js';
export type { ChunkDomain, ChunkHeader, StrategyChunk, LevelsChunk, ProgrammesChunk, ChunkByDomain } from './chunks.js';
export { toJsonSchema } from './json-schema.js';
