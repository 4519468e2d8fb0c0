// The finder's filters as attributes and address parameters: parsing, and the age bands it offers.
import { deliveryFormats, preventionLevelIds, programmeCategories } from '@foreldrestotte/sdk';
import type { FsFilters } from '../../events/fs-filter-change.js';

/** A child's age span in whole years, both ends included. */
export interface AgeSpan {
  min: number;
  max: number;
}

export const listConverter = <T extends string>(allowed: readonly T[]) => ({
  fromAttribute: (value: string | null): T[] => (value ?? '').split(/[\s,]+/).filter((item): item is T => allowed.includes(item as T)),
  toAttribute: (value: T[]) => value.join(' '),
});

export const idList = {
  fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/).filter((item) => /^[a-z0-9-]+$/.test(item)),
  toAttribute: (value: string[]) => value.join(' '),
};

export function parseAge(value: string | null): AgeSpan | undefined {
  const match = /^\s*(\d{1,2})\s*(?:[-–]\s*(\d{1,2}))?\s*$/.exec(value ?? '');
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  return min <= max ? { min, max } : undefined;
}

export const ageConverter = {
  fromAttribute: parseAge,
  toAttribute: (value: AgeSpan | undefined) => (value ? `${value.min}-${value.max}` : null),
};

/** INSUM's age bands, familiar to Norwegian services. */
export const AGE_BANDS: AgeSpan[] = [
  { min: 0, max: 2 },
  { min: 3, max: 5 },
  { min: 6, max: 12 },
  { min: 13, max: 18 },
];

/** The address parameters of `sync-url`. */
export const URL_KEYS = {
  query: 'fs-q',
  levels: 'fs-levels',
  age: 'fs-age',
  formats: 'fs-formats',
  categories: 'fs-categories',
  arenas: 'fs-arenas',
  municipality: 'fs-municipality',
  language: 'fs-language',
  openOnly: 'fs-open',
} as const;

/** The filters an address holds, or undefined when it has none of the finder's parameters. */
export function filtersFromUrl(params: URLSearchParams): FsFilters | undefined {
  if (!Object.values(URL_KEYS).some((key) => params.has(key))) return undefined;
  const list = <T>(values: T[]) => (values.length ? values : undefined);
  const filters: FsFilters = {
    query: params.get(URL_KEYS.query) || undefined,
    levels: list(listConverter(preventionLevelIds).fromAttribute(params.get(URL_KEYS.levels))),
    age: parseAge(params.get(URL_KEYS.age)),
    formats: list(listConverter(deliveryFormats).fromAttribute(params.get(URL_KEYS.formats))),
    categories: list(listConverter(programmeCategories).fromAttribute(params.get(URL_KEYS.categories))),
    arenas: list(idList.fromAttribute(params.get(URL_KEYS.arenas))),
    municipality: params.get(URL_KEYS.municipality) || undefined,
    language: params.get(URL_KEYS.language) || undefined,
    openOnly: params.get(URL_KEYS.openOnly) === '1' || undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}

/** `href` with `filters` as its finder parameters; its other parameters stay where they are. */
export function urlWithFilters(href: string, filters: FsFilters): URL {
  const url = new URL(href);
  const values: Record<keyof typeof URL_KEYS, string> = {
    query: filters.query?.trim() ?? '',
    levels: filters.levels?.join(',') ?? '',
    age: filters.age ? `${filters.age.min}-${filters.age.max}` : '',
    formats: filters.formats?.join(',') ?? '',
    categories: filters.categories?.join(',') ?? '',
    arenas: filters.arenas?.join(',') ?? '',
    municipality: filters.municipality ?? '',
    language: filters.language ?? '',
    openOnly: filters.openOnly ? '1' : '',
  };
  for (const [name, key] of Object.entries(URL_KEYS) as [keyof typeof URL_KEYS, string][]) {
    if (values[name]) url.searchParams.set(key, values[name]);
    else url.searchParams.delete(key);
  }
  return url;
}
