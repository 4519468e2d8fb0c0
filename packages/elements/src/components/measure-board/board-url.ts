// The board's filters and year as address parameters, for `sync-url`.
import { statuses, type Status } from '@foreldrestotte/sdk';

export interface BoardFilters {
  status: Status | undefined;
  focusArea: number | undefined;
  responsible: string | undefined;
  year: number | undefined;
}

const KEYS = { status: 'fs-status', focusArea: 'fs-focus-area', responsible: 'fs-responsible', year: 'fs-year' } as const;

const whole = (value: string | null, min: number, max: number) => {
  const number = Number(value);
  return value && Number.isInteger(number) && number >= min && number <= max ? number : undefined;
};

/** The board's filters in an address, or undefined when it has none of the board's parameters. */
export function boardFiltersFromUrl(params: URLSearchParams): BoardFilters | undefined {
  if (!Object.values(KEYS).some((key) => params.has(key))) return undefined;
  const status = params.get(KEYS.status);
  const responsible = params.get(KEYS.responsible);
  return {
    status: statuses.includes(status as Status) ? (status as Status) : undefined,
    focusArea: whole(params.get(KEYS.focusArea), 1, 99),
    responsible: responsible && /^[a-z0-9-]{1,40}$/.test(responsible) ? responsible : undefined,
    year: whole(params.get(KEYS.year), 1900, 2100),
  };
}

/** The board's parameters for `filters`: none of them typed, all go in the query string. */
export function boardParams(filters: BoardFilters): Record<string, { value: string }> {
  return Object.fromEntries(
    (Object.entries(KEYS) as [keyof BoardFilters, string][]).map(([name, key]) => [key, { value: filters[name] === undefined ? '' : String(filters[name]) }]),
  );
}
