// Whether the page is printing, between `beforeprint` and `afterprint`, for what an element shows only on paper. The
// listeners of `beforeprint` run before the browser lays the page out for print, and an element's update (a
// microtask) runs right after them: what it renders for paper is there in time.
let printing = false;
const listeners = new Set<() => void>();

if (typeof window !== 'undefined') {
  const set = (on: boolean) => () => {
    printing = on;
    for (const listener of listeners) listener();
  };
  window.addEventListener('beforeprint', set(true));
  window.addEventListener('afterprint', set(false));
}

/** Whether the page is printing now. */
export const isPrinting = (): boolean => printing;

/** Calls `listener` when printing starts or ends; returns the function that stops it. */
export function whenPrinting(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
