// Local offers for the finder: from a child <script type="application/json"> and any number of `offers-src` files,
// each offer validated on its own by the SDK, merged and de-duplicated by id. A broken offer or a failed file leaves
// out only itself. The validator loads only on pages that have offers.
import type { Offer } from '@foreldrestotte/sdk';

/** One thing an editor should fix: where (the file, the offer) and what. Parents never see these. */
export interface OfferProblem {
  /** The file's address, or "inline offers". */
  readonly source: string;
  /** The offer's place in its file's list, from 0, and its id when it has one; absent when the whole file failed. */
  readonly index?: number;
  readonly id?: string;
  /** Where in the file (`offers[3].startDate`); empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export interface LoadedOffers {
  /** Every valid offer, inline ones first, then each file's in the order given; the first of an id wins. */
  offers: Offer[];
  problems: OfferProblem[];
  /** The errors of files (or inline JSON) that could not be read at all. */
  failures: unknown[];
}

const INLINE = 'inline offers';

/** The files of an `offers-src` attribute: space-separated URLs. */
export const offerSources = (attribute: string | undefined) => (attribute ?? '').split(/\s+/).filter(Boolean);

export async function loadOffers(inline: string | undefined, sources: readonly string[], signal: AbortSignal): Promise<LoadedOffers> {
  const sdk = await import('./remote.js');
  const lists: Offer[][] = [];
  const result: LoadedOffers = { offers: [], problems: [], failures: [] };
  const failed = (source: string, error: unknown) => {
    result.failures.push(error);
    const issues = (error as { issues?: { path: string; message: string }[] }).issues;
    if (issues?.length) result.problems.push(...issues.map((issue) => ({ source, path: issue.path, message: issue.message })));
    else result.problems.push({ source, path: '', message: error instanceof Error ? error.message : String(error) });
  };
  const take = (source: string, check: ReturnType<typeof sdk.parseAndCheckOffers>) => {
    lists.push(check.offers);
    for (const rejected of check.rejected) {
      for (const issue of rejected.issues) {
        result.problems.push({ source, index: rejected.index, ...(rejected.id === undefined ? {} : { id: rejected.id }), path: issue.path, message: issue.message });
      }
    }
  };
  if (inline !== undefined) {
    try {
      take(INLINE, sdk.parseAndCheckOffers(inline));
    } catch (error) {
      failed(INLINE, error);
    }
  }
  const client = sources.length ? sdk.createCatalogueClient({ baseUrl: document.baseURI }) : undefined;
  const files = await Promise.allSettled(sources.map((source) => (client as NonNullable<typeof client>).checkOffers(source, { signal })));
  if (signal.aborted) throw signal.reason;
  files.forEach((file, i) => {
    const source = new URL(sources[i] as string, document.baseURI).href;
    if (file.status === 'fulfilled') take(source, file.value);
    else failed(source, file.reason);
  });
  const seen = new Set<string>();
  for (const offer of lists.flat()) {
    if (seen.has(offer.id)) continue;
    seen.add(offer.id);
    result.offers.push(offer);
  }
  return result;
}
