// Where an element's data comes from: the embedded catalogue (one chunk, loaded lazily) or, with `src`,
// a remote catalogue read and validated by the SDK client. A failed remote load falls back to the embedded
// data and says so (docs/decisions/0007-remote-failure-falls-back.md).
import { loadChunk, loadMeasureChunk, type Catalogue, type ChunkDomain, type Locale } from '@foreldrestotte/sdk';

export interface Loaded<T> {
  data: T | Catalogue;
  /** Set when `src` failed and the embedded catalogue is shown instead. */
  fallback?: { error: unknown; updated: string };
}

export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

async function loadWith<T extends { updated: string }>(
  embedded: () => Promise<T>,
  src: string | undefined,
  signal: AbortSignal,
): Promise<Loaded<T>> {
  if (src) {
    try {
      // The remote loading (and the client, zod and ky behind it) comes only to pages that ask for a src.
      const { loadRemote } = await import('./remote-data.js');
      const data = await loadRemote(src, signal);
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
