// Local offers for the finder: from a child <script type="application/json"> or an `offers-src` URL,
// always validated by the SDK. The validator loads only on pages that have offers.
import type { Offer } from '@foreldrestotte/sdk';

export async function loadOffers(inline: string | undefined, src: string | undefined, signal: AbortSignal): Promise<Offer[]> {
  const sdk = await import('./remote.js');
  const offers: Offer[] = [];
  if (inline !== undefined) offers.push(...sdk.parseOffers(inline, 'inline offers'));
  if (src) offers.push(...(await sdk.createCatalogueClient({ baseUrl: document.baseURI }).offers(src, { signal })));
  return offers;
}
