// The finder's filters as attributes and address parameters: parsing, and the age bands it offers.
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
