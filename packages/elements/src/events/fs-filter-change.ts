import type { DeliveryFormat, PreventionLevelId, ProgrammeCategory, Status } from '@foreldrestotte/sdk';

/** The search and filters an element holds after the reader changed one: only those set are present. */
export interface FsFilters {
  /** The finder's search text. */
  query?: string;
  /** The finder's prevention levels. */
  levels?: PreventionLevelId[];
  /** The finder's child age span, whole years. */
  age?: { min: number; max: number };
  /** The finder's formats. */
  formats?: DeliveryFormat[];
  /** The finder's arena ids. */
  arenas?: string[];
  /** The finder's categories. */
  categories?: ProgrammeCategory[];
  /** The board's status. */
  status?: Status;
  /** The board's focus area, 1–6. */
  focusArea?: number;
  /** The board's responsible organisation id. */
  responsible?: string;
  /** Local offers for this municipality (kommunenummer), and online ones. */
  municipality?: string;
  /** Local offers held in this language. */
  language?: string;
  /** Only local offers open for sign-up. */
  openOnly?: boolean;
  /** The finder's programmes chosen to compare side by side, by id, at most three. */
  compare?: string[];
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
