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
// another element with the same src shows the fallback at once instead of waiting out the timeout again. A load that
// every element waiting for it has left is cancelled, so its connection is free for the page again.
interface Shared {
  promise: Promise<Catalogue>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}
const remote = new Map<string, Shared>();
const failed = new Set<string>();

function loadRemote(src: string, signal: AbortSignal): Promise<Catalogue> {
  let shared = remote.get(src);
  if (!shared) {
    const controller = new AbortController();
    // The client (and zod, and ky) load only when a page asks for a remote catalogue.
    const promise = import('./remote.js').then(({ createCatalogueClient }) =>
      createCatalogueClient({ baseUrl: src }).catalogue({ signal: controller.signal }),
    );
    const entry: Shared = { promise, controller, waiting: 0, settled: false };
    promise.then(
      () => (entry.settled = true),
      () => {
        entry.settled = true;
        if (!controller.signal.aborted) failed.add(src);
      },
    );
    remote.set(src, (shared = entry));
  }
  const entry = shared;
  if (signal.aborted) return Promise.reject(abortError(signal));
  entry.waiting += 1;
  return new Promise<Catalogue>((resolve, reject) => {
    const leave = () => {
      entry.waiting -= 1;
      reject(abortError(signal));
      // A task that starts again (another language, a new attribute) aborts its last run just before asking anew:
      // the load is cancelled only if, a moment later, nobody has come back for it.
      setTimeout(() => {
        if (entry.waiting > 0 || entry.settled) return;
        entry.controller.abort(abortError(signal));
        if (remote.get(src) === entry) remote.delete(src);
      });
    };
    signal.addEventListener('abort', leave, { once: true });
    entry.promise.then(
      (data) => {
        signal.removeEventListener('abort', leave);
        entry.waiting -= 1;
        resolve(data);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        entry.waiting -= 1;
        reject(error);
      },
    );
  });
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
