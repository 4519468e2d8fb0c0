// Split off so that pages that only show the embedded catalogue never download the validating client.
export { checkOffers, createCatalogueClient, parseJson } from '@foreldrestotte/sdk/client';
