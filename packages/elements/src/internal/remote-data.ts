// Remote catalogues (`src`), loaded only on pages that ask for one: one load per address for the page, shared by its
// elements, remembered when it failed, and cancelled when every element waiting for it has left.
import type { Catalogue } from '@foreldrestotte/sdk';
import { abortError } from './connected-task.js';

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

export function loadRemote(src: string, signal: AbortSignal): Promise<Catalogue> {
  let shared = remote.get(src);
  if (!shared) {
    const controller = new AbortController();
    // The client (and zod, and ky) load only when a page asks for a remote catalogue.
    const promise = import('./remote.js').then(({ createCatalogueClient }) => createCatalogueClient({ baseUrl: src }).catalogue({ signal: controller.signal }));
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
