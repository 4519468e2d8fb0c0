// One measure of the embedded strategy, for a page that shows a single measure card: apart from the other loaders, so
// such a page does not carry the map of every other chunk.
import type { StrategyChunk } from '../schemas/chunks.js';
import type { Locale } from '../schemas/common.js';
import { deepFreeze } from './freeze.js';

/** Measures loaded or on their way, by language and number. */
const measures = new Map<string, Promise<unknown>>();

interface MeasureIndex {
  header: Pick<StrategyChunk, 'version' | 'updated' | 'locale'>;
  measures: Record<number, () => Promise<{ default: unknown }>>;
}

const measureIndexes: Record<Locale, () => Promise<{ default: unknown }>> = {
  nb: () => import('@foreldrestotte/data/chunks/nb/measures/measure-index.js'),
  nn: () => import('@foreldrestotte/data/chunks/nn/measures/measure-index.js'),
  en: () => import('@foreldrestotte/data/chunks/en/measures/measure-index.js'),
};

/**
 * One measure of the embedded catalogue in one language, as a strategy chunk holding just that measure, its focus
 * area and its responsible organisations: about 1 kB gzip, for a page that shows a single measure.
 * For a number the strategy does not have, the chunk has no measures.
 */
export function loadMeasureChunk(number: number, locale: Locale): Promise<StrategyChunk> {
  const key = `${locale}/measures/${number}`;
  let chunk = measures.get(key);
  if (!chunk) {
    chunk = measureIndexes[locale]().then(async (module) => {
      const index = module.default as MeasureIndex;
      const load = Object.hasOwn(index.measures, number) ? index.measures[number] : undefined;
      const empty: StrategyChunk = { ...index.header, focusAreas: [], organisations: [], measures: [] };
      return deepFreeze(load ? (await load()).default : empty);
    });
    measures.set(key, chunk);
    chunk.catch(() => measures.delete(key));
  }
  return chunk as Promise<StrategyChunk>;
}
