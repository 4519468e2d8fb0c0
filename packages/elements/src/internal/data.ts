// Where an element's data comes from: the embedded catalogue (one chunk, loaded lazily) or, with `src`,
// a remote catalogue read and validated by the SDK client. A failed remote load falls back to the embedded
// data and says so (docs/decisions/0007-remote-failure-falls-back.md).
import { loadChunk, loadMeasureChunk, type Catalogue, type ChunkDomain, type Locale } from '@foreldrestotte/sdk';

export interface Loaded<T> {
  data: T | Catalogue;
  /** Set when `src` failed and the embedded catalogue is shown instead. */
  fallback?: { error: unknown; updated: string };
}

// One load per address for the page, shared by its elements. A failed one is remembered too, so a language change or
// another element with the same src shows the fallback at once instead of waiting out the timeout again.
const remote = new Map<string, Promise<Catalogue>>();
const failed = new Set<string>();

function loadRemote(src: string): Promise<Catalogue> {
  let pending = remote.get(src);
  if (!pending) {
    // The client (and zod, and ky) load only when a page asks for a remote catalogue.
    pending = import('./remote.js').then(({ createCatalogueClient }) => createCatalogueClient({ baseUrl: src }).catalogue());
    remote.set(src, pending);
    pending.catch(() => failed.add(src));
  }
  return pending;
}

/** Forgets the remote catalogues that failed, so the next load asks again: the reader pressed "try again". */
export function forgetFailedRemotes(): void {
  for (const src of failed) remote.delete(src);
  failed.clear();
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

async function loadWith<T extends { updated: string }>(
  embedded: () => Promise<T>,
  src: string | undefined,
  signal: AbortSignal,
): Promise<Loaded<T>> {
  if (src) {
    try {
      const data = await loadRemote(src);
      if (signal.aborted) throw abortError(signal);
      return { data };
    } catch (error) {
      if (signal.aborted) throw abortError(signal);
      const data = await embedded();
      return { data, fallback: { error, updated: data.updated } };
    }
  }
  const data = await embedded();
  if (signal.aborted) throw abortError(signal);
  return { data };
}

/** One domain of the catalogue: the embedded chunk, or with `src` the remote catalogue. */
export function loadData<D extends ChunkDomain>(domain: D, locale: Locale, src: string | undefined, signal: AbortSignal) {
  return loadWith(() => loadChunk(domain, locale), src, signal);
}

/** One measure: the embedded measure chunk (about 1 kB), or with `src` the remote catalogue. */
export function loadMeasure(number: number, locale: Locale, src: string | undefined, signal: AbortSignal) {
  return loadWith(() => loadMeasureChunk(number, locale), src, signal);
}
