import type { Catalogue } from '../schemas/catalogue.js';
import type { ChunkByDomain, ChunkDomain } from '../schemas/chunks.js';
import type { Locale } from '../schemas/common.js';
import type { MunicipalityRegister } from '../schemas/municipality.js';
import { deepFreeze } from './freeze.js';

// The embedded data is validated by the data package's build (a broken record fails the build) and by its
// tests, so it is not parsed again here: that keeps zod out of a page that only shows the national catalogue.
// See docs/decisions/0003-embedded-data-is-trusted.md.

let catalogue: Promise<Catalogue> | undefined;

/**
 * The national catalogue embedded in `@foreldrestotte/data`, loaded without any network request.
 * The same frozen object is returned on every call.
 */
export function loadCatalogue(): Promise<Catalogue> {
  catalogue ??= import('@foreldrestotte/data/catalogue').then((module) => deepFreeze(module.default as Catalogue));
  return catalogue;
}

// A static map, not a template-literal import, so bundlers can see and split every chunk.
const chunkModules: Record<`${Locale}/${ChunkDomain}`, () => Promise<{ default: unknown }>> = {
  'nb/strategy': () => import('@foreldrestotte/data/chunks/nb/strategy.js'),
  'nn/strategy': () => import('@foreldrestotte/data/chunks/nn/strategy.js'),
  'en/strategy': () => import('@foreldrestotte/data/chunks/en/strategy.js'),
  'nb/levels': () => import('@foreldrestotte/data/chunks/nb/levels.js'),
  'nn/levels': () => import('@foreldrestotte/data/chunks/nn/levels.js'),
  'en/levels': () => import('@foreldrestotte/data/chunks/en/levels.js'),
  'nb/programmes': () => import('@foreldrestotte/data/chunks/nb/programmes.js'),
  'nn/programmes': () => import('@foreldrestotte/data/chunks/nn/programmes.js'),
  'en/programmes': () => import('@foreldrestotte/data/chunks/en/programmes.js'),
};

const chunks = new Map<string, Promise<unknown>>();

/**
 * One domain of the embedded catalogue in one language: what a widget needs, and no more.
 * Its localized texts carry only `locale`.
 */
export function loadChunk<D extends ChunkDomain>(domain: D, locale: Locale): Promise<ChunkByDomain[D]> {
  const key = `${locale}/${domain}` as const;
  let chunk = chunks.get(key);
  if (!chunk) {
    chunk = chunkModules[key]().then((module) => deepFreeze(module.default));
    chunks.set(key, chunk);
    chunk.catch(() => chunks.delete(key));
  }
  return chunk as Promise<ChunkByDomain[D]>;
}

let municipalities: Promise<MunicipalityRegister> | undefined;

/**
 * Norway's 357 municipalities of 1 January 2024 (Kartverket data, CC BY 4.0), embedded in `@foreldrestotte/data`:
 * numbers, official names and counties, without network. The centres are in the package's `municipalities.json`.
 */
export function loadMunicipalities(): Promise<MunicipalityRegister> {
  municipalities ??= import('@foreldrestotte/data/municipalities').then((module) => deepFreeze(module.default as MunicipalityRegister));
  return municipalities;
}
