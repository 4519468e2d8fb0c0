import type { DeliveryFormat, PreventionLevelId, ProgrammeCategory, Status } from '@foreldrestotte/sdk';

export interface FsFilters {
  query?: string;
  levels?: PreventionLevelId[];
  age?: { min: number; max: number };
  formats?: DeliveryFormat[];
  arenas?: string[];
  categories?: ProgrammeCategory[];
  status?: Status;
  focusArea?: number;
  responsible?: string;
  /** Local offers for this municipality (kommunenummer), and online ones. */
  municipality?: string;
  /** Local offers held in this language. */
  language?: string;
  /** Only local offers open for sign-up. */
  openOnly?: boolean;
}

/** The reader changed a search or filter. Fired on user action only. */
export class FsFilterChangeEvent extends Event {
  readonly detail: { readonly filters: Readonly<FsFilters> };

  constructor(filters: FsFilters) {
    super('fs-filter-change', { bubbles: true, composed: true });
    this.detail = { filters };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fs-filter-change': FsFilterChangeEvent;
  }
}
