import ky, { HTTPError } from 'ky';
import {
  type ValidationIssue,
  CatalogueError,
  CatalogueHttpError,
  CatalogueNetworkError,
  CatalogueTimeoutError,
  CatalogueValidationError,
} from '../errors/errors.js';
import { validate } from '../internal/validate.js';
import { catalogueSchema, type Catalogue } from '../schemas/catalogue.js';
import { chunkSchemas, type ChunkByDomain, type ChunkDomain } from '../schemas/chunks.js';
import type { Locale } from '../schemas/common.js';
import type { Offer } from '../schemas/offer.js';
import { checkOffers, validateOffers, type CheckOffersOptions, type OfferCheck } from './offers.js';

/** How {@link createCatalogueClient} loads: from where, with which `fetch`, and within what time, retries and size. */
export interface CatalogueClientOptions {
  /**
   * Where the catalogue lives. One rule: a URL whose path ends in `/` is a folder holding `catalogue.json` and
   * `chunks/`; any other URL is the catalogue file itself, whatever its name (`…/catalogue.json`, `…/api/catalogue`).
   * Relative URLs resolve against the document's base URL in a browser (so `<base href>` counts), as links do.
   */
  baseUrl: string | URL;
  /** A `fetch` to use instead of the global one (for tests, proxies, or a server-side cache). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds for the whole load, retries and body included; `false` for none. Default 10 000. */
  timeout?: number | false;
  /** Retries after a network error or a 408/413/429/500/502/503/504 answer. A number is the limit. Default 2. */
  retry?: number | { /** The most retries. */ limit?: number };
  /** Largest response body accepted, in bytes. Default 5 MB. */
  maxBytes?: number;
}

/** Options of one load. */
export interface RequestOptions {
  /** Aborts the request; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Loads the catalogue's JSON contract and offers files from one place, validating everything (see {@link createCatalogueClient}). */
export interface CatalogueClient {
  /** The baseUrl, resolved. */
  readonly baseUrl: URL;
  /** The full catalogue (`catalogue.json`), validated. */
  catalogue(options?: RequestOptions): Promise<Catalogue>;
  /** One domain in one language (`chunks/<locale>/<domain>.json`), validated. */
  chunk<D extends ChunkDomain>(domain: D, locale: Locale, options?: RequestOptions): Promise<ChunkByDomain[D]>;
  /** A local-offers file, relative to baseUrl or absolute, validated. */
  offers(url: string | URL, options?: RequestOptions): Promise<Offer[]>;
  /**
   * A local-offers file checked offer by offer: the valid offers, and those left out with their problems (see
   * `checkOffers`). Rejects only when the file cannot be had or is not an offers document at all.
   */
  checkOffers(url: string | URL, options?: RequestOptions & Omit<CheckOffersOptions, 'source'>): Promise<OfferCheck>;
}

const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_RETRY = 2;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

function resolveBase(baseUrl: string | URL): URL {
  let url: URL | undefined;
  if (baseUrl instanceof URL) url = baseUrl;
  else if (typeof baseUrl === 'string' && URL.canParse(baseUrl)) url = new URL(baseUrl);
  else if (typeof baseUrl === 'string') {
    // Relative to the document's base URL (which honours <base href>), as the browser resolves links.
    const page = (globalThis as { document?: { baseURI: string } }).document?.baseURI;
    if (page && URL.canParse(baseUrl, page)) url = new URL(baseUrl, page);
    else throw new TypeError('createCatalogueClient: baseUrl must be an absolute URL outside a browser page');
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError(`createCatalogueClient: baseUrl must be an http(s) URL, not ${url ? url.protocol : typeof baseUrl}`);
  }
  return url;
}

/** A whole number of at least `min`, or the default; anything else is a mistake the developer should hear about. */
function count(name: string, value: unknown, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new TypeError(`createCatalogueClient: ${name} must be a whole number of at least ${min}, not ${String(value)}`);
  }
  return value;
}

function invalid(url: URL, issue: ValidationIssue): CatalogueValidationError {
  return new CatalogueValidationError(url.href, [issue]);
}

const tooLarge = (maxBytes: number): ValidationIssue => ({
  path: '',
  code: 'too_large',
  message: `response body is larger than ${maxBytes} bytes`,
  params: { limit: maxBytes },
});

/** A promise that rejects when `signal` aborts: a read that waits on the network must not outlive its abort. */
function whenAborted(signal: AbortSignal): { promise: Promise<never>; stop: () => void } {
  let stop = () => {};
  const promise = new Promise<never>((_, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    stop = () => signal.removeEventListener('abort', onAbort);
  });
  promise.catch(() => undefined);
  return { promise, stop };
}

/** The body as text, read within `maxBytes` and given up the moment `signal` aborts, however slowly it drips. */
async function readText(response: Response, url: URL, maxBytes: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw invalid(url, tooLarge(maxBytes));
  }
  const reader = response.body?.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  const aborted = whenAborted(signal);
  try {
    for (;;) {
      if (!reader) break;
      const { done, value } = await Promise.race([reader.read(), aborted.promise]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw invalid(url, tooLarge(maxBytes));
      parts.push(value);
    }
  } catch (error) {
    await reader?.cancel().catch(() => undefined);
    throw error;
  } finally {
    aborted.stop();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid(url, { path: '', code: 'invalid_encoding', message: 'response body is not valid UTF-8' });
  }
}

function parseJson(text: string, url: URL): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid(url, { path: '', code: 'invalid_json', message: 'response body is not valid JSON' });
  }
}

/** Media types that are a web page, not data: a host that serves its error or login page in place of the file. */
const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/** The reason a load's controller is aborted with when its time is up. */
const TIMED_OUT = Symbol('timed out');

/** Loads the catalogue's JSON contract from any URL, validating everything before it is returned. */
export function createCatalogueClient(options: CatalogueClientOptions): CatalogueClient {
  const baseUrl = resolveBase(options.baseUrl);
  const timeout = options.timeout === false ? false : count('timeout', options.timeout, 1, DEFAULT_TIMEOUT);
  const retryLimit = count('retry', typeof options.retry === 'object' ? options.retry.limit : options.retry, 0, DEFAULT_RETRY);
  const maxBytes = count('maxBytes', options.maxBytes, 1, DEFAULT_MAX_BYTES);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new TypeError('createCatalogueClient: fetch must be a function');
  }
  const fetchImpl = options.fetch;

  async function getJson(url: URL, signal: AbortSignal | undefined): Promise<unknown> {
    // One controller for the whole load, held by the timer and by the caller's signal: not AbortSignal.any, whose
    // combined signal Node lets the garbage collector take while a body drips in, so that neither stops it.
    const controller = new AbortController();
    const timer = timeout === false ? undefined : setTimeout(() => controller.abort(TIMED_OUT), timeout);
    const onAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await Promise.race([
        ky.get(url, {
          ...(fetchImpl ? { fetch: fetchImpl } : {}),
          signal: controller.signal,
          // One timeout covers the whole load (see `timer`), so ky's own per-request timeout is off.
          timeout: false,
          retry: { limit: retryLimit, methods: ['get'] },
          credentials: 'omit',
          // No referrerPolicy here: the page's own policy (its header or <meta name="referrer">) applies.
          headers: { accept: 'application/json' },
        }),
        whenAborted(controller.signal).promise,
      ]);
      const type = response.headers.get('content-type') ?? '';
      if (PAGE_TYPES.test(type)) {
        await response.body?.cancel().catch(() => undefined);
        const media = type.split(';')[0]?.trim() ?? type;
        throw invalid(url, { path: '', code: 'not_json', message: `served as ${media}, not as JSON: a web page, not the data`, params: { type: media } });
      }
      return parseJson(await readText(response, url, maxBytes, controller.signal), url);
    } catch (error) {
      if (error instanceof CatalogueError) throw error;
      if (signal?.aborted) throw signal.reason;
      if (controller.signal.reason === TIMED_OUT) throw new CatalogueTimeoutError(url.href, timeout as number, { cause: error });
      if (error instanceof HTTPError) {
        throw new CatalogueHttpError(error.response.status, error.response.statusText, url.href, { cause: error });
      }
      throw new CatalogueNetworkError(url.href, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    baseUrl,
    async catalogue({ signal } = {}) {
      const url = baseUrl.pathname.endsWith('/') ? new URL('catalogue.json', baseUrl) : baseUrl;
      return validate(catalogueSchema, await getJson(url, signal), url.href);
    },
    async chunk(domain, locale, { signal } = {}) {
      const url = new URL(`chunks/${locale}/${domain}.json`, baseUrl);
      const schema = chunkSchemas[domain];
      return validate(schema, await getJson(url, signal), url.href) as ChunkByDomain[typeof domain];
    },
    async offers(path, { signal } = {}) {
      const url = new URL(path, baseUrl);
      return validateOffers(await getJson(url, signal), url.href);
    },
    async checkOffers(path, { signal, ...options } = {}) {
      const url = new URL(path, baseUrl);
      return checkOffers(await getJson(url, signal), { ...options, source: url.href });
    },
  };
}
