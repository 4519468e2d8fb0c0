// The finder's filters as attributes and address parameters: parsing, and the age bands it offers.
import {
  deliveryFormats,
  preventionLevelIds,
  programmeCategories,
  type DeliveryFormat,
  type PreventionLevelId,
  type ProgrammeCategory,
} from '@foreldrestotte/sdk';
import type { FsFilters } from '../../../events/fs-filter-change.js';
import { idList, listOf } from '../../../internal/converters.js';

/** A child's age span in whole years, both ends included. */
export interface AgeSpan {
  min: number;
  max: number;
}

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
  compare: 'fs-compare',
} as const;

/** How many programmes the finder compares at once: three columns still read on a tablet. */
export const COMPARE_MAX = 3;

/** The filters an address holds, or undefined when it has none of the finder's parameters. */
export function filtersFromUrl(params: URLSearchParams): FsFilters | undefined {
  if (!Object.values(URL_KEYS).some((key) => params.has(key))) return undefined;
  const list = <T>(values: T[]) => (values.length ? values : undefined);
  const filters: FsFilters = {
    query: params.get(URL_KEYS.query) || undefined,
    levels: list(listOf(preventionLevelIds).fromAttribute(params.get(URL_KEYS.levels))),
    age: parseAge(params.get(URL_KEYS.age)),
    formats: list(listOf(deliveryFormats).fromAttribute(params.get(URL_KEYS.formats))),
    categories: list(listOf(programmeCategories).fromAttribute(params.get(URL_KEYS.categories))),
    arenas: list(idList.fromAttribute(params.get(URL_KEYS.arenas))),
    municipality: params.get(URL_KEYS.municipality) || undefined,
    language: params.get(URL_KEYS.language) || undefined,
    openOnly: params.get(URL_KEYS.openOnly) === '1' || undefined,
    compare: list(idList.fromAttribute(params.get(URL_KEYS.compare)).slice(0, COMPARE_MAX)),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}

/** The finder's parameters for `filters`; what the reader typed is marked so, to go in the fragment. */
export function filterParams(filters: FsFilters): Record<string, { value: string; typed?: boolean }> {
  return {
    [URL_KEYS.query]: { value: filters.query?.trim() ?? '', typed: true },
    [URL_KEYS.levels]: { value: filters.levels?.join(',') ?? '' },
    [URL_KEYS.age]: { value: filters.age ? `${filters.age.min}-${filters.age.max}` : '' },
    [URL_KEYS.formats]: { value: filters.formats?.join(',') ?? '' },
    [URL_KEYS.categories]: { value: filters.categories?.join(',') ?? '' },
    [URL_KEYS.arenas]: { value: filters.arenas?.join(',') ?? '' },
    [URL_KEYS.municipality]: { value: filters.municipality ?? '' },
    [URL_KEYS.language]: { value: filters.language ?? '' },
    [URL_KEYS.openOnly]: { value: filters.openOnly ? '1' : '' },
    [URL_KEYS.compare]: { value: filters.compare?.join(',') ?? '' },
  };
}

/** The finder's search and filters, as its properties hold them. */
export interface FilterState {
  query: string;
  levels: PreventionLevelId[];
  age: AgeSpan | undefined;
  formats: DeliveryFormat[];
  categories: ProgrammeCategory[];
  arenas: string[];
  municipality: string;
  language: string;
  openOnly: boolean;
  compare: string[];
}

/** Sets `state` to `filters`, each one not given cleared. */
export function applyFilters(state: FilterState, filters: FsFilters): void {
  state.query = filters.query ?? '';
  state.levels = [...(filters.levels ?? [])];
  state.age = filters.age ? { ...filters.age } : undefined;
  state.formats = [...(filters.formats ?? [])];
  state.categories = [...(filters.categories ?? [])];
  state.arenas = [...(filters.arenas ?? [])];
  state.municipality = filters.municipality ?? '';
  state.language = filters.language ?? '';
  state.openOnly = filters.openOnly ?? false;
  state.compare = [...(filters.compare ?? [])].slice(0, COMPARE_MAX);
}

/** The filters `state` holds, only those set. */
export function currentFilters(state: FilterState): FsFilters {
  return {
    ...(state.query.trim() ? { query: state.query.trim() } : {}),
    ...(state.levels.length ? { levels: [...state.levels] } : {}),
    ...(state.age ? { age: { ...state.age } } : {}),
    ...(state.formats.length ? { formats: [...state.formats] } : {}),
    ...(state.categories.length ? { categories: [...state.categories] } : {}),
    ...(state.arenas.length ? { arenas: [...state.arenas] } : {}),
    ...(state.municipality ? { municipality: state.municipality } : {}),
    ...(state.language ? { language: state.language } : {}),
    ...(state.openOnly ? { openOnly: true } : {}),
    ...(state.compare.length ? { compare: [...state.compare] } : {}),
  };
}

/** How many filters are set, the search and the municipality the page set apart: the number on the "Filter" button. */
export function filterCount(state: FilterState, presetMunicipality: string): number {
  const { levels, formats, categories, arenas, age, language, openOnly, municipality } = state;
  const own = municipality && municipality !== presetMunicipality ? 1 : 0;
  return levels.length + formats.length + categories.length + arenas.length + (age ? 1 : 0) + (language ? 1 : 0) + (openOnly ? 1 : 0) + own;
}

/** Whether anything is set that "reset" would clear (it keeps the municipality the page set). */
export function hasFilters(state: FilterState, presetMunicipality: string): boolean {
  const { municipality, ...rest } = currentFilters(state);
  // The comparison is a choice kept apart: "reset" leaves it.
  delete rest.compare;
  return Object.keys(rest).length > 0 || (municipality !== undefined && municipality !== presetMunicipality);
}
