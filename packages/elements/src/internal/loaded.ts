// Where an element's data comes from: the embedded catalogue (one chunk, loaded lazily) or, with `src`,
// a remote catalogue read and validated by the SDK client. A failed remote load falls back to the embedded
// data and says so (docs/decisions/0007-remote-failure-falls-back.md).
import type { Catalogue } from '@foreldrestotte/sdk';
import { abortError } from './connected-task.js';

export interface Loaded<T> {
  data: T | Catalogue;
  /** Set when `src` failed and the embedded catalogue is shown instead. */
  fallback?: { error: unknown; updated: string };
}

/** Embedded data already here, by chunk and language: an element asking for it again renders at once. */
const here = new Map<string, Loaded<unknown>>();

/** What was loaded for `key` from the embedded data, when it is here already; undefined otherwise (and always with a `src`). */
export function loadedHere<T>(key: string, src: string | undefined): Loaded<T> | undefined {
  return src ? undefined : (here.get(key) as Loaded<T> | undefined);
}

/** The embedded data under `key`, or with `src` the remote catalogue (the embedded data, said so, when that fails). */
export async function loadWith<T extends { updated: string }>(
  key: string,
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
  here.set(key, { data });
  if (signal.aborted) throw abortError(signal);
  return { data };
}
