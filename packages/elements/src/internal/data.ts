// Where an element's data comes from: the embedded catalogue (one chunk, loaded lazily) or, with `src`,
// a remote catalogue read and validated by the SDK client. A failed remote load falls back to the embedded
// data and says so (docs/decisions/0007-remote-failure-falls-back.md).
import { loadChunk, loadMeasureChunk, loadMunicipalities, type Catalogue, type ChunkDomain, type Locale, type MunicipalityRegister } from '@foreldrestotte/sdk';
import { abortError } from './connected-task.js';

export interface Loaded<T> {
  data: T | Catalogue;
  /** Set when `src` failed and the embedded catalogue is shown instead. */
  fallback?: { error: unknown; updated: string };
}

/** Embedded data already here, by chunk and language: an element asking for it again renders at once. */
const here = new Map<string, Loaded<unknown>>();

async function loadWith<T extends { updated: string }>(
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

/** One domain of the catalogue: the embedded chunk, or with `src` the remote catalogue. */
export function loadData<D extends ChunkDomain>(domain: D, locale: Locale, src: string | undefined, signal: AbortSignal) {
  return loadWith(`${domain}/${locale}`, () => loadChunk(domain, locale), src, signal);
}

/** What {@link loadData} would give, when it is here already; undefined otherwise (and always with a `src`). */
export function dataHere<D extends ChunkDomain>(domain: D, locale: Locale, src: string | undefined): Awaited<ReturnType<typeof loadData<D>>> | undefined {
  return src ? undefined : (here.get(`${domain}/${locale}`) as Awaited<ReturnType<typeof loadData<D>>> | undefined);
}

/** The municipality register, once loaded: the tiltaksvifte names its municipality from it. */
let register: MunicipalityRegister | undefined;

/** The register, loaded once per page. */
export async function loadRegister(): Promise<MunicipalityRegister> {
  return (register ??= await loadMunicipalities());
}

/** The register when it is here already. */
export const registerHere = (): MunicipalityRegister | undefined => register;

/** One measure: the embedded measure chunk (about 1 kB), or with `src` the remote catalogue. */
export function loadMeasure(number: number, locale: Locale, src: string | undefined, signal: AbortSignal) {
  return loadWith(`measure ${number}/${locale}`, () => loadMeasureChunk(number, locale), src, signal);
}

/** What {@link loadMeasure} would give, when it is here already. */
export function measureHere(number: number, locale: Locale, src: string | undefined): Awaited<ReturnType<typeof loadMeasure>> | undefined {
  return src ? undefined : (here.get(`measure ${number}/${locale}`) as Awaited<ReturnType<typeof loadMeasure>> | undefined);
}
