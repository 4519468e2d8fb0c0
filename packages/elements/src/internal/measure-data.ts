// One measure's data for a measure card: the embedded measure chunk (about 1 kB) or, with `src`, the remote catalogue.
// Apart from data.ts, so that a page with one card does not carry the loaders of the other chunks.
import { loadMeasureChunk, type Locale } from '@foreldrestotte/sdk';
import { loadedHere, loadWith } from './loaded.js';

/** One measure: the embedded measure chunk (about 1 kB), or with `src` the remote catalogue. */
export function loadMeasure(number: number, locale: Locale, src: string | undefined, signal: AbortSignal) {
  return loadWith(`measure ${number}/${locale}`, () => loadMeasureChunk(number, locale), src, signal);
}

/** What {@link loadMeasure} would give, when it is here already. */
export function measureHere(number: number, locale: Locale, src: string | undefined): Awaited<ReturnType<typeof loadMeasure>> | undefined {
  return loadedHere(`measure ${number}/${locale}`, src);
}
