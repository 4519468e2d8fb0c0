// Split off so that pages that only show the embedded catalogue never download the validating client.
export { createCatalogueClient, parseOffers } from '@foreldrestotte/sdk';
