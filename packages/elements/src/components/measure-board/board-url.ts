// The board's filters and year as address parameters, for `sync-url`.
import { statuses } from '@foreldrestotte/sdk';

export interface BoardFilters {
  status: string | undefined;
  focusArea: number | undefined;
  responsible: string | undefined;
  report: number | undefined;
}

const KEYS = { status: 'fs-status', focusArea: 'fs-focus-area', responsible: 'fs-responsible', report: 'fs-report' } as const;

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
    status: status && (statuses as readonly string[]).includes(status) ? status : undefined,
    focusArea: whole(params.get(KEYS.focusArea), 1, 99),
    responsible: responsible && /^[a-z0-9-]{1,40}$/.test(responsible) ? responsible : undefined,
    report: whole(params.get(KEYS.report), 1900, 2100),
  };
}

/** `href` with the board's filters as its parameters; other parameters stay where they are. */
export function urlWithBoardFilters(href: string, filters: BoardFilters): URL {
  const url = new URL(href);
  for (const [name, key] of Object.entries(KEYS) as [keyof BoardFilters, string][]) {
    const value = filters[name];
    if (value === undefined || value === '') url.searchParams.delete(key);
    else url.searchParams.set(key, String(value));
  }
  return url;
}
