// `@foreldrestotte/sdk/client`: the validating parts (the HTTP client and the offer checks, with zod behind them), on a
// path of their own so that a bundler splits them from pages that only read the embedded data. The main entry exports
// them too.
export { createCatalogueClient } from './loaders/client.js';
export type { CatalogueClient, CatalogueClientOptions, RequestOptions } from './loaders/client.js';
export { validateOffers, checkOffers, parseJson } from './loaders/offers.js';
export type { OfferCheck, RejectedOffer, CheckOffersOptions } from './loaders/offers.js';
export { validateCatalogue } from './loaders/catalogue.js';
