// `@foreldrestotte/sdk/search`: the search engine, on a path of its own so that a bundler loads it only where a page
// searches. The main entry exports it too.
export { createProgrammeSearch } from './search/programmes.js';
export type { ProgrammeData, RankOptions, Search, SearchOptions } from './search/programmes.js';
export { queryAge } from './search/age.js';
export type { QueryAge } from './search/age.js';
export { createOfferSearch } from './search/offers.js';
export type { OfferData } from './search/offers.js';
export { SearchResults } from './search/results.js';
export type { SearchHit } from './search/results.js';
export { highlight } from './search/highlight.js';
export type { TextPart } from './search/highlight.js';
