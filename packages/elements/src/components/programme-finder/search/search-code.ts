// The SDK's search, loaded by the finder when it is about to be used (idle after loading, or the first search):
// pages where nobody searches do not pay for it.
export { createOfferSearch, createProgrammeSearch, highlight, queryAge } from '@foreldrestotte/sdk/search';
