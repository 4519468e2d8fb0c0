// `@foreldrestotte/sdk`: typed data, queries and a validating client for «Trygge foreldre – trygge barn» and its
// programme catalogue. Verbs: `get` one record, `find` a filtered list, `create…Search` for ranked search, `load` the
// embedded data, `validate`/`check` untrusted data; nouns for computed views (`statusSummary`, `offersJsonLd`).
export { loadCatalogue, loadChunk, loadMunicipalities } from './loaders/embedded.js';
export { loadMeasureChunk } from './loaders/measures.js';
export { createCatalogueClient } from './loaders/client.js';
export type { CatalogueClient, CatalogueClientOptions, RequestOptions } from './loaders/client.js';
export { validateOffers, checkOffers, parseJson } from './loaders/offers.js';
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
export type { ValidationIssue, IssueParams } from './errors/errors.js';
export { describeIssue } from './errors/describe.js';
export { getMeasure, getReport, getLatestReport } from './queries/measures.js';
export { reportYears, reportHasStatus, findMeasures } from './queries/measure-lists.js';
export type { MeasureFilter } from './queries/measure-lists.js';
export { statusSummary, statusChanges } from './queries/summary.js';
export type { StatusCounts, StatusTally, StatusSummary, StatusChange } from './queries/summary.js';
export { getProgramme, programmeMatches, orderProgrammes, isForProfessionals, ageOverlaps } from './queries/programmes.js';
export type { ProgrammeFilter, AgeQuery } from './queries/programmes.js';
export {
  offerMatches,
  orderOffers,
  isOnlineOffer,
  servesMunicipality,
  hasOfferEnded,
  isOfferOpen,
  canSignUp,
  offerState,
  spokenLanguage,
} from './queries/offers.js';
export type { OfferFilter, OfferState } from './queries/offers.js';
export { offerCalendar } from './queries/calendar.js';
export type { CalendarOptions } from './queries/calendar.js';
export { getMunicipality } from './queries/municipalities.js';
export { offerCoverage, countyCoverage, AGE_BANDS } from './queries/coverage.js';
export type {
  AgeBand,
  AgeBandId,
  CountyCoverage,
  CountyCoverageOptions,
  CountyCoverageRow,
  CoverageCell,
  CoverageOptions,
  OfferCoverage,
  UnplacedOffer,
  UnplacedReason,
} from './queries/coverage.js';
export { findProgrammes, findOffers } from './search/find.js';
export { createProgrammeSearch } from './search/programmes.js';
export type { ProgrammeData, RankOptions, Search, SearchOptions } from './search/programmes.js';
export { queryAge } from './search/age.js';
export type { QueryAge } from './search/age.js';
export { createOfferSearch } from './search/offers.js';
export type { OfferData } from './search/offers.js';
export { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from './search/limits.js';
export type { SearchHit } from './search/results.js';
export { SearchResults } from './search/results.js';
export { highlight } from './search/highlight.js';
export type { TextPart } from './search/highlight.js';
export { localize } from './queries/text.js';
export { foldText, foldedWords } from './queries/fold.js';
export { languageName } from './queries/languages.js';
export { normaliseStatusLabel } from './queries/status-labels.js';
export { safeLink, isSignUpLink, isWebUrl } from './queries/links.js';
export { statuses, locales, preventionLevelIds, programmeCategories, deliveryFormats, offerServices } from './schemas/vocabulary.js';
export { offerStatuses, attendanceModes, OFFER_LIMITS } from './schemas/offer.js';
export type {
  Locale,
  LocalizedText,
  Source,
  AgeRange,
  Status,
  OrganisationKind,
  FocusArea,
  Organisation,
  Figure,
  ReportPart,
  Report,
  Measure,
  PreventionLevelId,
  PreventionLevel,
  Arena,
  HelpRouteId,
  HelpRoute,
  RoutesOfHelp,
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
  Coordinates,
  MunicipalityEntry,
  MunicipalityRegister,
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
  Catalogue,
  ChunkDomain,
  ChunkHeader,
  StrategyChunk,
  LevelsChunk,
  ProgrammesChunk,
  ChunkByDomain,
} from './schemas/index.js';
export { offersJsonLd } from './queries/json-ld.js';
export type { JsonLdOptions, JsonObject, JsonValue } from './queries/json-ld.js';
