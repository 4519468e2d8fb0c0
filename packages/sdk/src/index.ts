export { loadCatalogue, loadChunk, loadMeasureChunk, loadMunicipalities } from './loaders/embedded.js';
export { createCatalogueClient } from './loaders/client.js';
export type { CatalogueClient, CatalogueClientOptions, RequestOptions } from './loaders/client.js';
export { parseOffers, validateOffers, checkOffers, parseAndCheckOffers } from './loaders/offers.js';
export type { OfferCheck, RejectedOffer, CheckOffersOptions } from './loaders/offers.js';
export { validateCatalogue } from './loaders/catalogue.js';
export {
  CatalogueError,
  CatalogueHttpError,
  CatalogueTimeoutError,
  CatalogueNetworkError,
  CatalogueValidationError,
  isCatalogueError,
  isCatalogueHttpError,
  isCatalogueTimeoutError,
  isCatalogueNetworkError,
  isCatalogueValidationError,
} from './errors/errors.js';
export type { ValidationIssue } from './errors/errors.js';
export { getMeasure, reportFor, latestReport, reportYears, reportHasStatus, findMeasures } from './queries/measures.js';
export type { MeasureFilter } from './queries/measures.js';
export { statusSummary, statusChanges } from './queries/summary.js';
export type { StatusCounts, StatusTally, StatusSummary, StatusChange } from './queries/summary.js';
export { getProgramme, programmesForMeasure, programmeMatches, orderProgrammes, isForProfessionals } from './queries/programmes.js';
export type { ProgrammeFilter } from './queries/programmes.js';
export { offerMatches, orderOffers, isOnlineOffer, servesMunicipality, hasOfferEnded, isOfferOpen } from './queries/offers.js';
export { findMunicipality } from './queries/municipalities.js';
export { findProgrammes, findOffers } from './search/find.js';
export type { OfferFilter } from './queries/offers.js';
export { searchProgrammes, rankProgrammes, suggestProgrammeQueries, prepareProgrammeSearch } from './search/programmes.js';
export type { ProgrammeData, SearchOptions } from './search/programmes.js';
export { searchOffers, rankOffers, suggestOfferQueries, prepareOfferSearch } from './search/offers.js';
export type { OfferData } from './search/offers.js';
export type { SearchHit } from './search/results.js';
export { SearchResults } from './search/results.js';
export { highlight } from './search/highlight.js';
export type { TextPart } from './search/highlight.js';
export { localize, foldText, foldedWords } from './queries/text.js';
export { normaliseStatusLabel } from './queries/status-labels.js';
export { statuses, locales, preventionLevelIds, programmeCategories, deliveryFormats } from './schemas/vocabulary.js';
export { offerStatuses, attendanceModes } from './schemas/offer.js';
export type {
  Locale,
  LocalizedText,
  Source,
  AgeRange,
  Status,
  FocusArea,
  Organisation,
  Figure,
  ReportPart,
  Report,
  Measure,
  PreventionLevelId,
  PreventionLevel,
  Arena,
  HelpRoute,
  RoutesOfHelp,
  ProgrammeCategory,
  DeliveryFormat,
  Evidence,
  EvidenceSource,
  Programme,
  Topic,
  MunicipalityEntry,
  MunicipalityRegister,
  Offer,
  OffersFile,
  OfferStatus,
  AttendanceMode,
  Catalogue,
  ChunkDomain,
  StrategyChunk,
  LevelsChunk,
  ProgrammesChunk,
  ChunkByDomain,
} from './schemas/index.js';
export { offersJsonLd } from './queries/json-ld.js';
export type { JsonLdOptions, JsonObject, JsonValue } from './queries/json-ld.js';
