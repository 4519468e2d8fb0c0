// Where an element's data comes from: a domain of the embedded catalogue (one chunk, loaded lazily) or, with `src`,
// a remote catalogue read and validated by the SDK client (see loaded.ts), and the municipality register.
import { loadChunk, loadMunicipalities, type ChunkDomain, type Locale, type MunicipalityRegister } from '@foreldrestotte/sdk';
import { loadedHere, loadWith } from './loaded.js';

/** One domain of the catalogue: the embedded chunk, or with `src` the remote catalogue. */
export function loadData<D extends ChunkDomain>(domain: D, locale: Locale, src: string | undefined, signal: AbortSignal) {
  return loadWith(`${domain}/${locale}`, () => loadChunk(domain, locale), src, signal);
}

/** What {@link loadData} would give, when it is here already; undefined otherwise (and always with a `src`). */
export function dataHere<D extends ChunkDomain>(domain: D, locale: Locale, src: string | undefined): Awaited<ReturnType<typeof loadData<D>>> | undefined {
  return loadedHere(`${domain}/${locale}`, src);
}

/** The municipality register, once loaded: the tiltaksvifte names its municipality from it. */
let register: MunicipalityRegister | undefined;

/** The register, loaded once per page. */
export async function loadRegister(): Promise<MunicipalityRegister> {
  return (register ??= await loadMunicipalities());
}

/** The register when it is here already. */
export const registerHere = (): MunicipalityRegister | undefined => register;
